"""Broken servers on demand: each builder returns a reply for ``mock.reply(...)``.

How each fault looks on the wire:

- ``refused_url()``: a base URL whose port was just bound and released: connecting is refused.
- ``unaccepted_url()``: (a context manager) a base URL whose listener never accepts and whose
  backlog is full, so connecting hangs until the client's connect timeout.
- ``reset_before_headers()``: RST (``SO_LINGER`` 0) as soon as the request is read.
- ``close_before_headers()``: FIN without a byte (a stale keep-alive connection).
- ``reset_after_headers()``: a full ``200`` head promising a chunked stream, then RST.
- ``reset_mid_stream()`` / ``close_mid_stream()``: some content chunks, then RST / FIN inside
  the chunked body (no finish chunk, no terminating zero chunk).
- ``end_without_done()``: a stream that ends cleanly at the HTTP level but never sends
  ``data: [DONE]``.
- ``idle_mid_stream(seconds)``: the stream sends nothing for ``seconds`` between two chunks.
- ``html_502()``: the HTML error page a proxy in front of OpenRouter serves, status 502.
- ``empty_200()``: status 200, ``Content-Length: 0``.
- ``truncated_json()``: half a chat completion, with a matching ``Content-Length`` (or,
  ``http_level=True``, the full length promised and the connection closed halfway).
- ``invalid_json()``: a 200 ``application/json`` body that is not JSON.
- ``split_utf8()``: a stream in which one event is sent as two writes, cut inside a multi-byte
  UTF-8 character, ``pause`` seconds apart, so the client's reads split there.
- ``huge_line()``: a stream with one ``data:`` line of ``size`` bytes (5 MiB by default).
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

from ._chat import ChatReply
from ._script import Close, Raw, Reply, Reset, Response, Send, WirePlan
from ._wire import sse_headers

if TYPE_CHECKING:
    from ._request import RecordedRequest

__all__ = [
    "close_before_headers",
    "close_mid_stream",
    "empty_200",
    "end_without_done",
    "html_502",
    "huge_line",
    "idle_mid_stream",
    "invalid_json",
    "refused_url",
    "reset_after_headers",
    "reset_before_headers",
    "reset_mid_stream",
    "split_utf8",
    "truncated_json",
    "unaccepted_url",
]

HTML_502 = b"""<!DOCTYPE html>
<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>cloudflare</center>
</body>
</html>
"""


def refused_url(host: str = "127.0.0.1") -> str:
    """A base URL nothing listens on, so connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    return f"http://{host}:{port}/api/v1"


@contextmanager
def unaccepted_url(host: str = "127.0.0.1") -> Iterator[str]:
    """A base URL where connecting hangs (for connect timeouts), valid inside the ``with``.

    The listener's accept queue is filled and never drained; Linux then drops further SYNs, so
    the client's connect neither succeeds nor is refused. (Some systems refuse instead.)
    """
    with ExitStack() as stack:
        listener = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
        listener.bind((host, 0))
        listener.listen(0)
        address = listener.getsockname()
        for _ in range(4):  # more than a backlog of 0 admits, whatever the kernel rounds it to
            filler = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            filler.setblocking(False)
            filler.connect_ex(address)
        yield f"http://{host}:{address[1]}/api/v1"


def reset_before_headers(*, delay: float = 0.0) -> Raw:
    """The connection is reset (RST) once the request has been read, before any byte is sent."""
    return Raw([Reset()], delay=delay)


def close_before_headers(*, delay: float = 0.0) -> Raw:
    """The connection is closed (FIN) before any byte is sent, like a stale keep-alive socket."""
    return Raw([Close()], delay=delay)


def reset_after_headers(*, status: int = 200, delay: float = 0.0) -> Response:
    """A complete response head for an SSE stream, then a reset before the first body byte."""
    return Response(status, sse_headers(), [Reset()], framing="chunked", delay=delay)


def reset_mid_stream(after_text: str = "partial", *, chunk_size: int | None = None) -> ChatReply:
    """``after_text`` streamed as content chunks, then a reset (RST) inside the chunked body."""
    return _cut_stream(after_text, Reset(), chunk_size)


def close_mid_stream(after_text: str = "partial", *, chunk_size: int | None = None) -> ChatReply:
    """``after_text`` streamed, then the connection closed (FIN) inside the chunked body."""
    return _cut_stream(after_text, Close(), chunk_size)


def _cut_stream(text: str, then: Close | Reset, chunk_size: int | None) -> ChatReply:
    return ChatReply(
        content=text, stream=True, finish=False, send_usage=False, then=then, chunk_size=chunk_size
    )


def end_without_done(
    text: str = "partial", *, finish: bool = False, send_usage: bool = False
) -> ChatReply:
    """A stream that ends cleanly (terminating zero chunk) with no ``data: [DONE]``; by default
    also without the finish and usage chunks, as when a provider drops out silently."""
    return ChatReply(content=text, stream=True, finish=finish, send_usage=send_usage, done=False)


def idle_mid_stream(seconds: float, before: str = "Hello", after: str = " world") -> ChatReply:
    """``before`` streamed, ``seconds`` of silence, then ``after`` and a normal ending."""
    return ChatReply(
        content=before + after, stream=True, stall_at=len(before), stall_seconds=seconds
    )


def html_502() -> Response:
    """A proxy's HTML 502 page instead of JSON."""
    return Response(502, [("Content-Type", "text/html")], HTML_502)


def empty_200() -> Response:
    """Status 200 with an empty JSON body."""
    return Response(200, [("Content-Type", "application/json")], b"")


class _PerRequest:
    """A reply computed from the request (so the fault echoes the requested model)."""

    def __init__(self, build: Callable[[RecordedRequest], WirePlan]) -> None:
        self._build = build

    def render(self, request: RecordedRequest) -> WirePlan:
        return self._build(request)


def truncated_json(*, http_level: bool = False, keep: float = 0.5) -> Reply:
    """The first ``keep`` of a chat completion body. By default the ``Content-Length`` matches
    what is sent (valid HTTP, invalid JSON); ``http_level=True`` promises the full length and
    closes the connection early instead."""

    def build(request: RecordedRequest) -> WirePlan:
        whole = ChatReply(stream=False).render(request)
        assert isinstance(whole, Response)
        body = whole.body_bytes()
        cut = max(1, int(len(body) * keep))
        if http_level:
            return Response(
                200, whole.headers, [Send(body[:cut]), Close()], content_length=len(body)
            )
        return Response(200, whole.headers, body[:cut])

    return _PerRequest(build)


def invalid_json() -> Response:
    """Status 200, ``application/json``, and a body no JSON parser accepts."""
    body = b'{"id":"gen-mock","object":"chat.completion",choices:[{"message":{"content":"Hi"}}]}'
    return Response(200, [("Content-Type", "application/json")], body)


def split_utf8(text: str = "Grüße aus Köln 👋", *, pause: float = 0.05) -> ChatReply:
    """``text`` streamed; the first chunk event with a multi-byte character is written as two
    sends cut after that character's first byte, ``pause`` seconds apart."""
    if text.isascii():
        raise ValueError("split_utf8 needs text with a non-ASCII character")
    return ChatReply(content=text, stream=True, split_utf8=True, split_pause=pause)


def huge_line(size: int = 5 * 1024 * 1024, *, char: str = "x") -> ChatReply:
    """A stream whose single content chunk is a ``data:`` line of at least ``size`` bytes."""
    content = char * max(1, size // len(char.encode()))
    return ChatReply(content=content, stream=True, chunk_size=len(content))
