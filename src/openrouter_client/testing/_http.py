"""HTTP/1.1 on a blocking socket: just enough parsing to read requests exactly as sent.

Request bodies may be framed by Content-Length or chunked transfer coding; anything malformed
raises ``BadRequest`` so the server can answer 400 and close, as a real front end would.
"""

from __future__ import annotations

import socket
from http import HTTPStatus

from ._request import Headers

__all__ = ["MAX_HEAD", "BadRequest", "Reader", "RequestHead", "reason_phrase", "status_line"]

MAX_HEAD = 64 * 1024
_RECV = 256 * 1024
_EXTRA_REASONS = {520: "Unknown Error", 522: "Connection Timed Out", 524: "A Timeout Occurred"}


class BadRequest(Exception):
    """The peer sent something that is not HTTP/1.1; ``status`` is what to answer."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class RequestHead:
    """Request line and headers of one request."""

    __slots__ = ("headers", "method", "target", "version")

    def __init__(self, method: str, target: str, version: str, headers: Headers) -> None:
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers

    @property
    def wants_close(self) -> bool:
        """Whether the connection ends after this exchange (HTTP/1.0 or ``Connection: close``)."""
        tokens = {t.strip().lower() for t in self.headers.get("connection", "").split(",")}
        if self.version == "HTTP/1.0":
            return "keep-alive" not in tokens
        return "close" in tokens


class Reader:
    """Buffered reads from one socket."""

    __slots__ = ("_buffer", "_sock")

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buffer = bytearray()

    def _fill(self) -> bool:
        data = self._sock.recv(_RECV)
        if not data:
            return False
        self._buffer += data
        return True

    def read_until(self, marker: bytes, limit: int) -> bytes | None:
        """Bytes up to and including ``marker``; None on EOF before any byte arrived."""
        start = 0
        while True:
            found = self._buffer.find(marker, start)
            if found >= 0:
                end = found + len(marker)
                data = bytes(self._buffer[:end])
                del self._buffer[:end]
                return data
            if len(self._buffer) > limit:
                raise BadRequest("request head too large", status=431)
            start = max(0, len(self._buffer) - len(marker) + 1)
            if not self._fill():
                if self._buffer:
                    raise BadRequest("connection closed inside a request")
                return None

    def read_exact(self, size: int) -> bytes:
        while len(self._buffer) < size:
            if not self._fill():
                raise BadRequest("connection closed inside a request body")
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def read_head(self) -> RequestHead | None:
        """The next request's line and headers; None when the peer closed between requests."""
        raw = self.read_until(b"\r\n\r\n", MAX_HEAD)
        if raw is None:
            return None
        lines = raw[:-4].decode("latin-1").split("\r\n")
        while lines and not lines[0]:  # tolerate stray CRLFs between requests (RFC 9112 2.2)
            lines.pop(0)
        parts = lines[0].split(" ") if lines else []
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            raise BadRequest("malformed request line")
        items: list[tuple[str, str]] = []
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if not sep or not name or name != name.strip():
                raise BadRequest("malformed header line")
            items.append((name, value.strip(" \t")))
        return RequestHead(parts[0], parts[1], parts[2], Headers(items))

    def read_body(self, head: RequestHead) -> bytes:
        """The request body, de-chunked if it was sent chunked."""
        coding = head.headers.get("transfer-encoding")
        if coding is not None:
            if coding.strip().lower() != "chunked":
                raise BadRequest(f"unsupported transfer-encoding {coding!r}", status=501)
            return self._read_chunked()
        length = head.headers.get("content-length")
        if length is None:
            return b""
        if not length.strip().isdigit():
            raise BadRequest("invalid content-length")
        return self.read_exact(int(length))

    def _read_chunked(self) -> bytes:
        body = bytearray()
        while True:
            line = self.read_until(b"\r\n", MAX_HEAD)
            if line is None:
                raise BadRequest("connection closed inside a chunked body")
            size_text = line[:-2].split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise BadRequest("invalid chunk size") from None
            if size == 0:
                while True:  # trailer fields, ignored, up to the blank line
                    trailer = self.read_until(b"\r\n", MAX_HEAD)
                    if trailer is None or trailer == b"\r\n":
                        return bytes(body)
            body += self.read_exact(size)
            if self.read_exact(2) != b"\r\n":
                raise BadRequest("chunk not followed by CRLF")


def reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return _EXTRA_REASONS.get(status, "Unknown")


def status_line(status: int, reason: str | None = None) -> bytes:
    phrase = reason_phrase(status) if reason is None else reason
    return f"HTTP/1.1 {status} {phrase}\r\n".encode("latin-1")
