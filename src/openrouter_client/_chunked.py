"""A streamed HTTP/1.1 body read straight off httpcore's connection, its chunks unframed here.

httpx hands a streamed body over one h11 event per HTTP chunk, and servers send one SSE event
per chunk: h11's chunk parser, httpcore's exception-mapping context managers and four generator
layers cost about 10 µs per event, a third of what a chat chunk costs a hand-written httpx
client. When a response came over httpcore's own HTTP/1.1 connection with chunked framing,
``sync_body``/``async_body`` read the socket through httpcore's network stream (its timeouts,
TLS and exception types), unframe every chunk of a read in one pass, and at the last chunk hand
the rest back to h11, which reads the trailer and returns the connection to the pool as usual.

Anything else (HTTP/2, a transport of the user's, a ``trace`` extension, content-length
framing, an httpx or httpcore whose internals differ from the ones this was written against)
gets None and is read through httpx as before, as is every stream when
``OPENROUTER_CLIENT_NO_FAST_BODY=1`` is set (to compare, or to rule this out). Errors are
httpx's, with h11's wording.
"""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

__all__ = ["ChunkedDecoder", "async_body", "sync_body"]

_HEX = b"0123456789abcdefABCDEF"
_MAX_HEADER = 16 * 1024  # h11's limit on an incomplete line
_READ = 64 * 1024  # httpcore's read size
_EOF_MESSAGE = (  # h11's words, so an interrupted body reads the same on either path
    "peer closed connection without sending complete message body: incomplete chunked read"
)


def _size(header: bytes) -> int:
    """A chunk's size from its header line; extensions and trailing blanks are allowed, as h11
    allows them; anything else is not HTTP."""
    size, _, _extension = header.partition(b";")
    size = size.rstrip(b" \t")
    if not size or len(size) > 20 or size.translate(None, _HEX):
        line = header + b"\r\n"
        raise httpx.RemoteProtocolError(f"illegal chunk header: {line!r}")
    return int(size, 16)


class ChunkedDecoder:
    """Feed it the reads of a chunked body; get back the body bytes each one completes.

    No I/O: ``tail`` is None until the last chunk's header arrives, then holds the bytes from
    that header on (the trailer, for h11 to read). Framing that is not HTTP raises, but only
    after the body bytes before it are given out: ``error`` holds it, and ``more()`` raises it
    (what arrived is never dropped).
    """

    __slots__ = ("_footer", "_left", "_rest", "error", "tail")

    def __init__(self) -> None:
        self._rest = b""  # a chunk header or footer cut by the end of a read
        self._left = 0  # data bytes of the current chunk still to come
        self._footer = False  # the CRLF after a chunk's data is due
        self.tail: bytes | None = None
        self.error: httpx.RemoteProtocolError | None = None

    def feed(self, data: bytes) -> bytes:
        """The body bytes in one read (b"" when it held only framing); a read of nothing is the
        peer closing before the last chunk."""
        if self.error is not None:
            raise self.error
        if not data:
            raise httpx.RemoteProtocolError(_EOF_MESSAGE)
        parts: list[bytes] = []
        try:
            self._unframe(self._rest + data if self._rest else data, parts)
        except httpx.RemoteProtocolError as exc:
            if not parts:
                raise
            self.error = exc
        if not parts:
            return b""
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def more(self) -> bool:
        """Whether the body goes on past what was fed; raises the framing error held back."""
        if self.error is not None:
            raise self.error
        return self.tail is None

    def _unframe(self, buf: bytes, parts: list[bytes]) -> None:
        size = len(buf)
        pos = 0
        left = self._left
        footer = self._footer
        while True:
            if left:
                end = pos + left
                if end > size:  # the chunk goes on in the next read
                    parts.append(buf[pos:])
                    left = end - size
                    pos = size
                    break
                parts.append(buf[pos:end])
                pos = end
                left = 0
                footer = True
            if footer:
                if pos + 2 > size:
                    break
                if buf[pos : pos + 2] != b"\r\n":
                    found = buf[pos : pos + 2]
                    raise httpx.RemoteProtocolError(
                        f"malformed chunk footer: {found!r} (expected b'\\r\\n')"
                    )
                pos += 2
                footer = False
            line_end = buf.find(b"\r\n", pos)
            if line_end < 0:
                if size - pos > _MAX_HEADER:
                    raise httpx.RemoteProtocolError("chunk header too long")
                break
            header = buf[pos:line_end]
            if len(header) < 17 and header and not header.translate(None, _HEX):
                left = int(header, 16)  # the usual header: hex digits only
            else:
                left = _size(header)
            if not left:  # the last chunk: what follows is the trailer
                self.tail = buf[pos:]
                pos = size
                break
            pos = line_end + 2
        self._rest = buf[pos:] if pos < size else b""
        self._left = left
        self._footer = footer


@functools.cache
def _internals() -> tuple[Any, Any, Any, Any] | None:
    """h11's SEND_BODY and chunked reader, httpcore's sync and async HTTP/1.1 body streams; None
    when a release moved them, or when turned off."""
    if os.environ.get("OPENROUTER_CLIENT_NO_FAST_BODY"):
        return None
    try:
        import h11
        from h11._readers import ChunkedReader
        from httpcore._async import http11 as async_http11
        from httpcore._sync import http11 as sync_http11

        sync_type = sync_http11.HTTP11ConnectionByteStream
        async_type = async_http11.HTTP11ConnectionByteStream
    except (AttributeError, ImportError):
        return None
    return h11.SEND_BODY, ChunkedReader, sync_type, async_type


def _connection(response: httpx.Response, sync: bool) -> tuple[Any, Any, float | None] | None:
    """(h11 connection, network stream, read timeout) behind a response that is httpcore's
    HTTP/1.1 with chunked framing and not yet read, or None."""
    internals = _internals()
    if internals is None:
        return None
    send_body, chunked_reader, sync_type, async_type = internals
    try:
        stream: Any = response.stream
        core = stream._stream._httpcore_stream._stream
        if type(core) is not (sync_type if sync else async_type):
            return None
        request = core._request
        if "trace" in request.extensions:
            return None  # a trace hook expects httpcore's own body events
        connection = core._connection
        state = connection._h11_state
        reader = state._reader
        if (
            state.their_state is not send_body
            or state._receive_buffer_closed
            or type(reader) is not chunked_reader
            or reader._bytes_in_chunk
            or reader._bytes_to_discard
            or reader._reading_trailer
        ):
            return None
        # What the readers will call, looked up now: a release without them falls back here,
        # not in the middle of a stream.
        state._receive_buffer.maybe_extract_at_most  # noqa: B018
        state.receive_data  # noqa: B018
        connection._network_stream.read  # noqa: B018
        timeout = request.extensions.get("timeout", {}).get("read")
        return state, connection._network_stream, timeout
    except (AttributeError, TypeError):
        return None


def _buffered(state: Any) -> bytes:
    """What h11 received past the headers: the start of the body."""
    data = state._receive_buffer.maybe_extract_at_most(1 << 62)
    return bytes(data) if data else b""


def _httpx_error(exc: Exception) -> httpx.TransportError:
    """httpx's exception for httpcore's (httpx maps them the same way, by name)."""
    kind = getattr(httpx, type(exc).__name__, None)
    if not (isinstance(kind, type) and issubclass(kind, httpx.TransportError)):
        kind = httpx.TransportError
    return kind(str(exc))


def sync_body(response: httpx.Response) -> Iterator[bytes] | None:
    """The body of ``response`` read below httpx, or None where that is not equivalent."""
    found = _connection(response, sync=True)
    if found is None:
        return None
    return _read_sync(response, *found)


def _read_sync(
    response: httpx.Response, state: Any, network: Any, timeout: float | None
) -> Iterator[bytes]:
    import httpcore

    decoder = ChunkedDecoder()
    read = network.read
    try:
        data = _buffered(state) or read(_READ, timeout)
        while True:
            body = decoder.feed(data)
            if body:
                yield body
            if not decoder.more():
                break
            data = read(_READ, timeout)
    except (httpcore.TimeoutException, httpcore.NetworkError) as exc:
        raise _httpx_error(exc) from exc
    state.receive_data(decoder.tail)
    stream: Any = response.stream
    for _ in stream:  # h11 reads the trailer; the connection goes back to the pool
        pass


def async_body(response: httpx.Response) -> AsyncIterator[bytes] | None:
    """``sync_body`` of an async response."""
    found = _connection(response, sync=False)
    if found is None:
        return None
    try:
        from httpcore._backends.anyio import AnyIOStream
    except ImportError:
        return None
    if type(found[1]) is not AnyIOStream:
        return None  # trio or a custom backend: its cancellation is not ours to shield
    return _read_async(response, *found)


async def _read_async(
    response: httpx.Response, state: Any, network: Any, timeout: float | None
) -> AsyncIterator[bytes]:
    import anyio
    import httpcore

    decoder = ChunkedDecoder()
    read = network.read
    try:
        data = _buffered(state) or await read(_READ, timeout)
        while True:
            body = decoder.feed(data)
            if body:
                yield body
            if not decoder.more():
                break
            data = await read(_READ, timeout)
    except (httpcore.TimeoutException, httpcore.NetworkError) as exc:
        await _close_shielded(response, anyio)
        raise _httpx_error(exc) from exc
    except GeneratorExit:
        raise  # closed by its reader, which closes the response too
    except BaseException:
        # httpcore closes a body interrupted mid-read (a cancelled task) shielded from the
        # cancellation, so the pool never keeps a half-read connection: do the same.
        await _close_shielded(response, anyio)
        raise
    state.receive_data(decoder.tail)
    stream: Any = response.stream
    async for _ in stream:
        pass


async def _close_shielded(response: httpx.Response, anyio: Any) -> None:
    with anyio.CancelScope(shield=True):
        await response.aclose()
