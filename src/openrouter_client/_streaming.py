"""Server-sent event streams: bytes -> events -> typed items, never silently truncated.

``Stream``/``AsyncStream`` own the HTTP response and the I/O; what an event means (a chunk, the
end, an error) is decided by a protocol object shared by both, e.g. ``ChatProtocol``. Leaving a
``with`` block, ``break``-ing out of a loop or ``close()`` closes the connection.
"""

from __future__ import annotations

from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Generator,
    Iterable,
    Iterator,
)
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from . import _json
from ._chunked import async_body, sync_body
from ._errors import (
    APIError,
    StreamError,
    StreamTimeoutError,
    error_from_payload,
    error_from_response,
    payload_error,
)
from ._sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class StreamProtocol(Protocol[T_co]):
    """What the events of one kind of stream mean."""

    finished: bool
    headers: Any  # the response headers, so errors carry e.g. X-Generation-Id

    def accept(self, event: ServerSentEvent) -> T_co | None:
        """The item an event carries, or None; raises ``StreamError`` for an error event."""

    def partial(self) -> Any:
        """Everything received so far, for an error to carry."""

    def describe(self) -> str:
        """Short label for error messages, e.g. ``chat completion stream``."""


def _broken(protocol: StreamProtocol[Any], exc: BaseException) -> StreamError:
    """The error for a stream whose connection failed or ended before its final event."""
    what = protocol.describe()
    if isinstance(exc, httpx.TimeoutException):
        message = f"{what} went idle past the read timeout before it finished"
    elif isinstance(exc, httpx.HTTPError):
        message = f"{what} broke off before it finished ({type(exc).__name__}: {exc})"
    else:
        message = f"{what} ended before its final event"
    if isinstance(exc, httpx.TimeoutException):
        return StreamTimeoutError(message, partial=protocol.partial())
    return StreamError(message, partial=protocol.partial())


def _not_events(
    protocol: StreamProtocol[Any], response: httpx.Response, content: bytes
) -> APIError:
    """The error for a stream answered with something else (JSON, HTML, nothing): a JSON error
    envelope is that error; anything else is named, with the body kept on ``body``."""
    what = protocol.describe()
    plain = error_from_response(response.status_code, response.headers, content)
    if isinstance(plain.body, dict) and "error" in plain.body:
        error = error_from_payload(
            plain.body,
            status_code=response.status_code,
            headers=response.headers,
            stream=True,
            partial=protocol.partial,
        )
        if error is not None:
            return error
    content_type = response.headers.get("content-type")
    if content:
        message = f"{what} expected text/event-stream, got {content_type}: {plain.message}"
    else:
        message = f"{what} expected text/event-stream, got {content_type} with an empty body"
    return StreamError(
        message,
        partial=protocol.partial(),
        status_code=response.status_code,
        headers=response.headers,
        body=plain.body,
        request_id=plain.request_id,
    )


def _is_event_stream(response: httpx.Response) -> bool:
    """False only for a declared type other than SSE (a missing one is given the benefit)."""
    content_type: str | None = response.headers.get("content-type")
    if not content_type:
        return True
    return content_type.partition(";")[0].strip().lower() == "text/event-stream"


def _encoded(response: httpx.Response) -> bool:
    encoding: str | None = response.headers.get("content-encoding")
    return encoding is not None and encoding.strip().lower() not in ("", "identity")


def _body(response: httpx.Response) -> Iterable[bytes]:
    """The body as it arrives: off httpcore's HTTP/1.1 connection when it has no content
    encoding (``_chunked``: a third of a chunk's cost is httpx's per-chunk layers), else from the
    transport's stream (``iter_bytes`` would add two generator layers and a list to every read),
    else decoded by httpx (gzip, br...)."""
    stream = response.stream
    if _encoded(response) or not isinstance(stream, httpx.SyncByteStream):
        return response.iter_bytes()
    response.is_stream_consumed = True  # as iter_bytes would: a second read raises, not repeats
    return sync_body(response) or stream


def _abody(response: httpx.Response) -> AsyncIterable[bytes]:
    """``_body`` of an async response."""
    stream = response.stream
    if _encoded(response) or not isinstance(stream, httpx.AsyncByteStream):
        return response.aiter_bytes()
    response.is_stream_consumed = True
    return async_body(response) or stream


class _StreamBase(Generic[T]):
    def __init__(self, response: httpx.Response, protocol: StreamProtocol[T]) -> None:
        self.response = response
        self.protocol = protocol
        protocol.headers = response.headers
        self._decoder = SSEDecoder()
        self._closed = False
        self._loops = 0  # loops started over this stream; _reader is the one that read last
        self._reader = 0

    @property
    def headers(self) -> httpx.Headers:
        """Response headers (e.g. ``X-Generation-Id``), available before the first item."""
        return self.response.headers

    def _events_at_end(self) -> list[ServerSentEvent]:
        return self._decoder.end()


class Stream(_StreamBase[T]):
    """A blocking stream of items; iterate it, preferably inside ``with``."""

    _items: Generator[T, None, None] | None = None

    def __iter__(self) -> Iterator[T]:
        # Every loop continues one reading of the response, so a helper called mid-loop (e.g.
        # get_final_completion()) reads on from there; leaving the latest loop early closes.
        if self._closed:
            return
        if self._items is None:
            self._items = self._read()
        items = self._items
        self._loops += 1
        self._reader = me = self._loops
        try:
            for item in items:
                yield item
                self._reader = me
        except GeneratorExit:
            if self._reader == me:
                items.close()
            raise

    def _read(self) -> Generator[T, None, None]:
        protocol = self.protocol
        if protocol.finished or self._closed:
            return
        feed = self._decoder.feed
        accept = protocol.accept
        try:
            if not _is_event_stream(self.response):
                raise _not_events(protocol, self.response, self.response.read())
            for data in _body(self.response):
                if protocol.finished:
                    continue  # read to the end of the body: the connection goes back to the pool
                for event in feed(data):
                    item = accept(event)
                    if item is not None:
                        yield item
                    if protocol.finished:
                        break
            if not protocol.finished:
                for event in self._events_at_end():
                    item = accept(event)
                    if item is not None:
                        yield item
                if not protocol.finished:
                    raise _broken(protocol, EOFError())
        except httpx.HTTPError as exc:
            if protocol.finished:
                return  # everything arrived; only the tail after the final event failed
            raise _broken(protocol, exc) from exc
        finally:
            self.close()

    def until_done(self) -> None:
        """Consume what remains (raising any error on the way)."""
        for _ in self:
            pass

    def close(self) -> None:
        self._closed = True
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(_StreamBase[T]):
    """An awaitable stream of items; ``async for`` it, preferably inside ``async with``."""

    _items: AsyncGenerator[T, None] | None = None

    async def __aiter__(self) -> AsyncIterator[T]:
        # As in Stream: one reading of the response shared by every loop.
        if self._closed:
            return
        if self._items is None:
            self._items = self._read()
        items = self._items
        self._loops += 1
        self._reader = me = self._loops
        try:
            async for item in items:
                yield item
                self._reader = me
        except GeneratorExit:
            if self._reader == me:  # the latest loop was left early: close the connection
                await items.aclose()
            raise

    async def _read(self) -> AsyncGenerator[T, None]:
        protocol = self.protocol
        if protocol.finished or self._closed:
            return
        feed = self._decoder.feed
        accept = protocol.accept
        try:
            if not _is_event_stream(self.response):
                raise _not_events(protocol, self.response, await self.response.aread())
            async for data in _abody(self.response):
                if protocol.finished:
                    continue  # read to the end of the body: the connection goes back to the pool
                for event in feed(data):
                    item = accept(event)
                    if item is not None:
                        yield item
                    if protocol.finished:
                        break
            if not protocol.finished:
                for event in self._events_at_end():
                    item = accept(event)
                    if item is not None:
                        yield item
                if not protocol.finished:
                    raise _broken(protocol, EOFError())
        except httpx.HTTPError as exc:
            if protocol.finished:
                return  # everything arrived; only the tail after the final event failed
            raise _broken(protocol, exc) from exc
        finally:
            await self.close()

    async def until_done(self) -> None:
        """Consume what remains (raising any error on the way)."""
        async for _ in self:
            pass

    async def close(self) -> None:
        self._closed = True
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def excerpt(event: ServerSentEvent) -> str:
    """The start of an event's data, for an error message (a 5 MB line is not decoded whole)."""
    return event.raw[:800].decode("utf-8", "replace")[:200]


def load_event_json(event: ServerSentEvent, protocol: StreamProtocol[Any]) -> dict[str, Any]:
    """An event's JSON object; anything else is a broken stream, reported with what arrived."""
    try:
        payload = _json.loads_event(event.raw)
    except ValueError:
        raise StreamError(
            f"{protocol.describe()} sent an event that is not JSON: {excerpt(event)!r}",
            partial=protocol.partial(),
        ) from None
    if type(payload) is not dict:
        raise StreamError(
            f"{protocol.describe()} sent a JSON {type(payload).__name__}, expected an object",
            partial=protocol.partial(),
        )
    return payload


def raise_if_error(payload: dict[str, Any], protocol: StreamProtocol[Any]) -> None:
    """Raise the ``StreamError`` a payload carries (top-level ``error`` or an errored choice)."""
    error = payload_error(payload, stream=True, partial=protocol.partial, headers=protocol.headers)
    if error is not None:
        raise error
