"""Operations tagged endpoints, as methods bound to a caller.

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

    from ...models.list_endpoints_response_body import ListEndpointsResponseBody
    from ...models.list_endpoints_zdr_response import ListEndpointsZdrResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class EndpointsApi:
    """endpoints operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def list_endpoints_zdr(
        self,
    ) -> ListEndpointsZdrResponse:
        """GET /endpoints/zdr: Preview the impact of ZDR on the available endpoints"""
        return self._invoke(
            _operation("list_endpoints_zdr"),
        )

    def list_endpoints(
        self,
        author: str,
        slug: str,
    ) -> ListEndpointsResponseBody:
        """GET /models/{author}/{slug}/endpoints: List all endpoints for a model"""
        return self._invoke(
            _operation("list_endpoints"),
            author=author,
            slug=slug,
        )


class AsyncEndpointsApi:
    """endpoints operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def list_endpoints_zdr(
        self,
    ) -> ListEndpointsZdrResponse:
        """GET /endpoints/zdr: Preview the impact of ZDR on the available endpoints"""
        return await self._invoke(
            _operation("list_endpoints_zdr"),
        )

    async def list_endpoints(
        self,
        author: str,
        slug: str,
    ) -> ListEndpointsResponseBody:
        """GET /models/{author}/{slug}/endpoints: List all endpoints for a model"""
        return await self._invoke(
            _operation("list_endpoints"),
            author=author,
            slug=slug,
        )
