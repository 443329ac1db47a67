"""Streamed chat completions: typed chunks as they arrive, and the assembled completion at the end."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ... import _json
from ..._errors import StreamError
from ..._streaming import AsyncStream, Stream, excerpt, raise_if_error
from .accumulate import ChatFold

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


def check_keep_chunks(stream: bool, keep_chunks: bool) -> None:
    """``keep_chunks`` is about streams: asking for it without one is a mistake worth naming."""
    if keep_chunks and not stream:
        raise TypeError("keep_chunks=True applies to streams: pass stream=True as well")


class ChatProtocol:
    """Chat completion SSE: JSON chunks until ``[DONE]``; an error chunk ends the stream.

    Each chunk is folded into ``fold`` as it arrives and then let go: nothing else is kept,
    unless ``keep_chunks`` asks for the raw JSON of every chunk too.
    """

    __slots__ = ("_add", "_loads", "chunks", "count", "finished", "fold", "from_dict", "headers")

    def __init__(self, keep_chunks: bool = False) -> None:
        self.finished = False
        self.headers: Any = None
        self.fold = ChatFold()
        self.count = 0
        self.chunks: list[dict[str, Any]] | None = [] if keep_chunks else None
        self.from_dict = _chunk_type().from_dict
        self._add = self.fold.add
        self._loads = _json.loads_event

    def accept(self, event: ServerSentEvent) -> ChatStreamChunk | None:
        raw = event[0]  # event.raw, without the property call: this runs once per chunk
        if raw == b"[DONE]":
            self.finished = True
            return None
        try:
            payload = self._loads(raw)
        except ValueError:
            raise StreamError(
                f"chat completion stream sent an event that is not JSON: {excerpt(event)!r}",
                partial=self.partial(),
            ) from None
        if type(payload) is not dict:
            raise StreamError(
                f"chat completion stream sent a JSON {type(payload).__name__}, expected an object",
                partial=self.partial(),
            )
        raise_if_error(payload, self)
        self._add(payload)
        self.count += 1
        if self.chunks is not None:
            self.chunks.append(payload)
        return self.from_dict(payload)

    def partial(self) -> ChatResult:
        """What arrived so far, assembled like a completed answer."""
        return _result_type().from_dict(self.fold.result())

    def describe(self) -> str:
        return "chat completion stream"


class _ChatStreamMixin:
    _chat: ChatProtocol

    @property
    def chunks(self) -> list[dict[str, Any]]:
        """Raw JSON of every chunk received so far, in order: only for a stream opened with
        ``keep_chunks=True`` (a stream keeps nothing but the assembled answer otherwise)."""
        chunks = self._chat.chunks
        if chunks is None:
            raise AttributeError(
                "this stream keeps no chunks: open it with create(..., stream=True, "
                "keep_chunks=True) to keep the raw JSON of every chunk (chunk_count counts them, "
                "snapshot() assembles what arrived)"
            )
        return chunks

    @property
    def chunk_count(self) -> int:
        """How many chunks have arrived so far."""
        return self._chat.count

    @property
    def usage(self) -> ChatUsage | None:
        """Token counts and cost, once the usage chunk (after the finish chunk) has arrived."""
        usage = self._chat.fold.usage
        if usage is None:
            return None
        from openrouter_api.models import ChatUsage

        return ChatUsage.from_dict(usage)

    def snapshot(self) -> ChatResult:
        """What arrived so far, assembled like a completed answer (also after ``close()`` or
        an interruption); reads nothing from the connection."""
        return self._chat.partial()

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

    def __init__(self, response: httpx.Response, *, keep_chunks: bool = False) -> None:
        self._chat = ChatProtocol(keep_chunks)
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

    def __init__(self, response: httpx.Response, *, keep_chunks: bool = False) -> None:
        self._chat = ChatProtocol(keep_chunks)
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
