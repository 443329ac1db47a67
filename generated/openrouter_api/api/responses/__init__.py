"""Operations tagged responses, as methods bound to a caller.

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

    from ...models.metadata_level import MetadataLevel
    from ...models.open_responses_result import OpenResponsesResult
    from ...models.responses_request import ResponsesRequest


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class ResponsesApi:
    """responses operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def create_responses(
        self,
        *,
        body: ResponsesRequest | Mapping[str, Any],
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
    ) -> OpenResponsesResult:
        """POST /responses: Create a response"""
        return self._invoke(
            _operation("create_responses"),
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )


class AsyncResponsesApi:
    """responses operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def create_responses(
        self,
        *,
        body: ResponsesRequest | Mapping[str, Any],
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
    ) -> OpenResponsesResult:
        """POST /responses: Create a response"""
        return await self._invoke(
            _operation("create_responses"),
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )
