"""Operations tagged o_auth, as methods bound to a caller.

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

    from ...models.create_auth_keys_code_request import CreateAuthKeysCodeRequest
    from ...models.create_auth_keys_code_response import CreateAuthKeysCodeResponse
    from ...models.exchange_auth_code_for_api_key_request import (
        ExchangeAuthCodeForAPIKeyRequest,
    )
    from ...models.exchange_auth_code_for_api_key_response import (
        ExchangeAuthCodeForAPIKeyResponse,
    )


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class OAuthApi:
    """o_auth operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def exchange_auth_code_for_api_key(
        self,
        *,
        body: ExchangeAuthCodeForAPIKeyRequest | Mapping[str, Any],
    ) -> ExchangeAuthCodeForAPIKeyResponse:
        """POST /auth/keys: Exchange authorization code for API key"""
        return self._invoke(
            _operation("exchange_auth_code_for_api_key"),
            body=body,
        )

    def create_auth_keys_code(
        self,
        *,
        body: CreateAuthKeysCodeRequest | Mapping[str, Any],
    ) -> CreateAuthKeysCodeResponse:
        """POST /auth/keys/code: Create authorization code"""
        return self._invoke(
            _operation("create_auth_keys_code"),
            body=body,
        )


class AsyncOAuthApi:
    """o_auth operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def exchange_auth_code_for_api_key(
        self,
        *,
        body: ExchangeAuthCodeForAPIKeyRequest | Mapping[str, Any],
    ) -> ExchangeAuthCodeForAPIKeyResponse:
        """POST /auth/keys: Exchange authorization code for API key"""
        return await self._invoke(
            _operation("exchange_auth_code_for_api_key"),
            body=body,
        )

    async def create_auth_keys_code(
        self,
        *,
        body: CreateAuthKeysCodeRequest | Mapping[str, Any],
    ) -> CreateAuthKeysCodeResponse:
        """POST /auth/keys/code: Create authorization code"""
        return await self._invoke(
            _operation("create_auth_keys_code"),
            body=body,
        )
