"""Operations tagged api_keys, as methods bound to a caller.

A caller is what a configured client provides: it sends the request an operation module builds
(auth, retries, timeouts and error mapping are the caller's business) and decodes the answer
with the module's ``parse_success``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, FileTypes, Unset  # noqa: F401 (used by some signatures)

if TYPE_CHECKING:
    from types import ModuleType
    from uuid import UUID

    from ...models.create_keys_request import CreateKeysRequest
    from ...models.create_keys_response import CreateKeysResponse
    from ...models.delete_keys_response import DeleteKeysResponse
    from ...models.get_current_key_response import GetCurrentKeyResponse
    from ...models.get_key_response import GetKeyResponse
    from ...models.list_keys_response import ListKeysResponse
    from ...models.update_keys_request import UpdateKeysRequest
    from ...models.update_keys_response import UpdateKeysResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class ApiKeysApi:
    """api_keys operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def get_current_key(
        self,
    ) -> GetCurrentKeyResponse:
        """GET /key: Get current API key"""
        return self._invoke(
            _operation("get_current_key"),
        )

    def list_(
        self,
        *,
        include_disabled: str | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        workspace_id: UUID | Unset = UNSET,
    ) -> ListKeysResponse:
        """GET /keys: List API keys"""
        return self._invoke(
            _operation("list_"),
            include_disabled=include_disabled,
            offset=offset,
            workspace_id=workspace_id,
        )

    def create_keys(
        self,
        *,
        body: CreateKeysRequest | Mapping[str, Any],
    ) -> CreateKeysResponse:
        """POST /keys: Create a new API key"""
        return self._invoke(
            _operation("create_keys"),
            body=body,
        )

    def get_key(
        self,
        hash_: str,
    ) -> GetKeyResponse:
        """GET /keys/{hash_}: Get a single API key"""
        return self._invoke(
            _operation("get_key"),
            hash_=hash_,
        )

    def delete_keys(
        self,
        hash_: str,
    ) -> DeleteKeysResponse:
        """DELETE /keys/{hash_}: Delete an API key"""
        return self._invoke(
            _operation("delete_keys"),
            hash_=hash_,
        )

    def update_keys(
        self,
        hash_: str,
        *,
        body: UpdateKeysRequest | Mapping[str, Any],
    ) -> UpdateKeysResponse:
        """PATCH /keys/{hash_}: Update an API key"""
        return self._invoke(
            _operation("update_keys"),
            hash_=hash_,
            body=body,
        )


class AsyncApiKeysApi:
    """api_keys operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def get_current_key(
        self,
    ) -> GetCurrentKeyResponse:
        """GET /key: Get current API key"""
        return await self._invoke(
            _operation("get_current_key"),
        )

    async def list_(
        self,
        *,
        include_disabled: str | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        workspace_id: UUID | Unset = UNSET,
    ) -> ListKeysResponse:
        """GET /keys: List API keys"""
        return await self._invoke(
            _operation("list_"),
            include_disabled=include_disabled,
            offset=offset,
            workspace_id=workspace_id,
        )

    async def create_keys(
        self,
        *,
        body: CreateKeysRequest | Mapping[str, Any],
    ) -> CreateKeysResponse:
        """POST /keys: Create a new API key"""
        return await self._invoke(
            _operation("create_keys"),
            body=body,
        )

    async def get_key(
        self,
        hash_: str,
    ) -> GetKeyResponse:
        """GET /keys/{hash_}: Get a single API key"""
        return await self._invoke(
            _operation("get_key"),
            hash_=hash_,
        )

    async def delete_keys(
        self,
        hash_: str,
    ) -> DeleteKeysResponse:
        """DELETE /keys/{hash_}: Delete an API key"""
        return await self._invoke(
            _operation("delete_keys"),
            hash_=hash_,
        )

    async def update_keys(
        self,
        hash_: str,
        *,
        body: UpdateKeysRequest | Mapping[str, Any],
    ) -> UpdateKeysResponse:
        """PATCH /keys/{hash_}: Update an API key"""
        return await self._invoke(
            _operation("update_keys"),
            hash_=hash_,
            body=body,
        )
