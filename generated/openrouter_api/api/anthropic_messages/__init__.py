"""Operations tagged anthropic_messages, as methods bound to a caller.

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

    from ...models.messages_request import MessagesRequest
    from ...models.messages_result import MessagesResult
    from ...models.metadata_level import MetadataLevel


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class AnthropicMessagesApi:
    """anthropic_messages operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def create_messages(
        self,
        *,
        body: MessagesRequest | Mapping[str, Any],
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
    ) -> MessagesResult:
        """POST /messages: Create a message"""
        return self._invoke(
            _operation("create_messages"),
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )


class AsyncAnthropicMessagesApi:
    """anthropic_messages operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def create_messages(
        self,
        *,
        body: MessagesRequest | Mapping[str, Any],
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
    ) -> MessagesResult:
        """POST /messages: Create a message"""
        return await self._invoke(
            _operation("create_messages"),
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )
