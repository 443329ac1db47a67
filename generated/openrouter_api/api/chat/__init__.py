"""Operations tagged chat, as methods bound to a caller.

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

    from ...models.chat_request import ChatRequest
    from ...models.chat_result import ChatResult
    from ...models.metadata_level import MetadataLevel


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class ChatApi:
    """chat operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def send_chat_completion_request(
        self,
        *,
        body: ChatRequest | Mapping[str, Any],
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
    ) -> ChatResult:
        """POST /chat/completions: Create a chat completion"""
        return self._invoke(
            _operation("send_chat_completion_request"),
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )


class AsyncChatApi:
    """chat operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def send_chat_completion_request(
        self,
        *,
        body: ChatRequest | Mapping[str, Any],
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
    ) -> ChatResult:
        """POST /chat/completions: Create a chat completion"""
        return await self._invoke(
            _operation("send_chat_completion_request"),
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )
