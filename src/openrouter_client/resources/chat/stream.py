"""Streamed chat completions: typed chunks as they arrive, and the assembled completion at the end."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..._errors import StreamError
from ..._streaming import AsyncStream, Stream, raise_if_error
from .accumulate import fold_chunks

if TYPE_CHECKING:
    import httpx
    from openrouter_api.models import ChatResult, ChatStreamChunk, ChatUsage

    from ..._sse import ServerSentEvent


def _chunk_type() -> type[ChatStreamChunk]:
    from openrouter_api.models import ChatStreamChunk

    return ChatStreamChunk


def _result_type() -> type[ChatResult]:
    from openrouter_api.models import ChatResult

    return ChatResult


class ChatProtocol:
    """Chat completion SSE: JSON chunks until ``[DONE]``; an error chunk ends the stream."""

    __slots__ = ("chunks", "finished", "from_dict", "headers")

    def __init__(self) -> None:
        self.finished = False
        self.headers: Any = None
        self.chunks: list[dict[str, Any]] = []
        self.from_dict = _chunk_type().from_dict

    def accept(self, event: ServerSentEvent) -> ChatStreamChunk | None:
        data = event.data
        if data == "[DONE]":
            self.finished = True
            return None
        try:
            payload = json.loads(data)
        except ValueError:
            raise StreamError(
                f"chat completion stream sent an event that is not JSON: {data[:200]!r}",
                partial=self.partial(),
            ) from None
        if type(payload) is not dict:
            raise StreamError(
                f"chat completion stream sent a JSON {type(payload).__name__}, expected an object",
                partial=self.partial(),
            )
        raise_if_error(payload, self)
        self.chunks.append(payload)
        return self.from_dict(payload)

    def partial(self) -> ChatResult:
        """What arrived so far, assembled like a completed answer."""
        return _result_type().from_dict(fold_chunks(self.chunks))

    def describe(self) -> str:
        return "chat completion stream"


class _ChatStreamMixin:
    _chat: ChatProtocol

    @property
    def chunks(self) -> list[dict[str, Any]]:
        """Raw JSON of every chunk received so far, in order."""
        return self._chat.chunks

    @property
    def usage(self) -> ChatUsage | None:
        """Token counts and cost, once the usage chunk (after the finish chunk) has arrived."""
        for chunk in reversed(self._chat.chunks):
            usage = chunk.get("usage")
            if usage:
                from openrouter_api.models import ChatUsage

                return ChatUsage.from_dict(usage)
        return None

    def _final(self) -> ChatResult:
        if not self._chat.finished:
            # Only a stream closed by the caller ends here unfinished (a broken one raised).
            raise StreamError(
                "chat completion stream was closed before it finished (break, close() or the end "
                "of its `with` block); what arrived is on this error's .partial",
                partial=self._chat.partial(),
            )
        return self._chat.partial()


class ChatCompletionStream(_ChatStreamMixin, Stream["ChatStreamChunk"]):
    """A streamed chat completion (blocking). Use it in ``with`` and iterate the chunks."""

    def __init__(self, response: httpx.Response) -> None:
        self._chat = ChatProtocol()
        super().__init__(response, self._chat)

    def iter_text(self) -> Iterator[str]:
        """Just the content text of the first choice, as it arrives."""
        for chunk in self:
            if chunk.choices:
                content = chunk.choices[0].delta.content
                if content:
                    yield content

    def get_final_completion(self) -> ChatResult:
        """Read the rest of the stream; return the whole answer (message, tool calls, usage)."""
        self.until_done()
        return self._final()


class AsyncChatCompletionStream(_ChatStreamMixin, AsyncStream["ChatStreamChunk"]):
    """A streamed chat completion (awaitable). Use it in ``async with`` and ``async for``."""

    def __init__(self, response: httpx.Response) -> None:
        self._chat = ChatProtocol()
        super().__init__(response, self._chat)

    async def iter_text(self) -> AsyncIterator[str]:
        """Just the content text of the first choice, as it arrives."""
        async for chunk in self:
            if chunk.choices:
                content = chunk.choices[0].delta.content
                if content:
                    yield content

    async def get_final_completion(self) -> ChatResult:
        """Read the rest of the stream; return the whole answer (message, tool calls, usage)."""
        await self.until_done()
        return self._final()
