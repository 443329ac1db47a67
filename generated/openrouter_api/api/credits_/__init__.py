"""Operations tagged credits_, as methods bound to a caller.

A caller is what a configured client provides: it sends the request an operation module builds
(auth, retries, timeouts and error mapping are the caller's business) and decodes the answer
with the module's ``parse_success``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping  # noqa: F401 (used by some signatures)
from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, FileTypes, Unset  # noqa: F401 (used by some signatures)

if TYPE_CHECKING:
    from types import ModuleType

    from ...models.get_credits_response import GetCreditsResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class CreditsApi:
    """credits_ operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def get_credits(
        self,
    ) -> GetCreditsResponse:
        """GET /credits: Get remaining credits"""
        return self._invoke(
            _operation("get_credits"),
        )

    def create_coinbase_charge(
        self,
    ) -> Any:
        """POST /credits/coinbase: Deprecated Coinbase Commerce charge endpoint"""
        return self._invoke(
            _operation("create_coinbase_charge"),
        )


class AsyncCreditsApi:
    """credits_ operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def get_credits(
        self,
    ) -> GetCreditsResponse:
        """GET /credits: Get remaining credits"""
        return await self._invoke(
            _operation("get_credits"),
        )

    async def create_coinbase_charge(
        self,
    ) -> Any:
        """POST /credits/coinbase: Deprecated Coinbase Commerce charge endpoint"""
        return await self._invoke(
            _operation("create_coinbase_charge"),
        )
