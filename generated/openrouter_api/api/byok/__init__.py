"""Operations tagged byok, as methods bound to a caller.

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

    from ...models.create_byok_key_request import CreateBYOKKeyRequest
    from ...models.create_byok_key_response import CreateBYOKKeyResponse
    from ...models.delete_byok_key_response import DeleteBYOKKeyResponse
    from ...models.get_byok_key_response import GetBYOKKeyResponse
    from ...models.list_byok_keys_provider import ListByokKeysProvider
    from ...models.list_byok_keys_response import ListBYOKKeysResponse
    from ...models.update_byok_key_request import UpdateBYOKKeyRequest
    from ...models.update_byok_key_response import UpdateBYOKKeyResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class ByokApi:
    """byok operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def list_byok_keys(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
        workspace_id: UUID | Unset = UNSET,
        provider: ListByokKeysProvider | Unset = UNSET,
    ) -> ListBYOKKeysResponse:
        """GET /byok: List BYOK provider credentials"""
        return self._invoke(
            _operation("list_byok_keys"),
            offset=offset,
            limit=limit,
            workspace_id=workspace_id,
            provider=provider,
        )

    def create_byok_key(
        self,
        *,
        body: CreateBYOKKeyRequest | Mapping[str, Any],
    ) -> CreateBYOKKeyResponse:
        """POST /byok: Create a BYOK provider credential"""
        return self._invoke(
            _operation("create_byok_key"),
            body=body,
        )

    def get_byok_key(
        self,
        id: UUID,
    ) -> GetBYOKKeyResponse:
        """GET /byok/{id}: Get a BYOK provider credential"""
        return self._invoke(
            _operation("get_byok_key"),
            id=id,
        )

    def delete_byok_key(
        self,
        id: UUID,
    ) -> DeleteBYOKKeyResponse:
        """DELETE /byok/{id}: Delete a BYOK provider credential"""
        return self._invoke(
            _operation("delete_byok_key"),
            id=id,
        )

    def update_byok_key(
        self,
        id: UUID,
        *,
        body: UpdateBYOKKeyRequest | Mapping[str, Any],
    ) -> UpdateBYOKKeyResponse:
        """PATCH /byok/{id}: Update a BYOK provider credential"""
        return self._invoke(
            _operation("update_byok_key"),
            id=id,
            body=body,
        )


class AsyncByokApi:
    """byok operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def list_byok_keys(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
        workspace_id: UUID | Unset = UNSET,
        provider: ListByokKeysProvider | Unset = UNSET,
    ) -> ListBYOKKeysResponse:
        """GET /byok: List BYOK provider credentials"""
        return await self._invoke(
            _operation("list_byok_keys"),
            offset=offset,
            limit=limit,
            workspace_id=workspace_id,
            provider=provider,
        )

    async def create_byok_key(
        self,
        *,
        body: CreateBYOKKeyRequest | Mapping[str, Any],
    ) -> CreateBYOKKeyResponse:
        """POST /byok: Create a BYOK provider credential"""
        return await self._invoke(
            _operation("create_byok_key"),
            body=body,
        )

    async def get_byok_key(
        self,
        id: UUID,
    ) -> GetBYOKKeyResponse:
        """GET /byok/{id}: Get a BYOK provider credential"""
        return await self._invoke(
            _operation("get_byok_key"),
            id=id,
        )

    async def delete_byok_key(
        self,
        id: UUID,
    ) -> DeleteBYOKKeyResponse:
        """DELETE /byok/{id}: Delete a BYOK provider credential"""
        return await self._invoke(
            _operation("delete_byok_key"),
            id=id,
        )

    async def update_byok_key(
        self,
        id: UUID,
        *,
        body: UpdateBYOKKeyRequest | Mapping[str, Any],
    ) -> UpdateBYOKKeyResponse:
        """PATCH /byok/{id}: Update a BYOK provider credential"""
        return await self._invoke(
            _operation("update_byok_key"),
            id=id,
            body=body,
        )
