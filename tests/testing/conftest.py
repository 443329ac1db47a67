"""Fixtures and raw-socket helpers for the MockOpenRouter tests."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from openrouter_client.testing import MockOpenRouter

KEY = "sk-or-v1-test-secret-key-123"
# The smallest chat request the spec accepts (the mock rejects what it does not).
CHAT_BODY: dict[str, Any] = {
    "model": "openai/gpt-4o-mini",
    "messages": [{"role": "user", "content": "Hi"}],
}
STREAM_BODY: dict[str, Any] = {**CHAT_BODY, "stream": True}


@pytest.fixture
def mock() -> Iterator[MockOpenRouter]:
    with MockOpenRouter(api_key=KEY) as server:
        yield server


def request_bytes(
    method: str,
    path: str,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    auth: bool = True,
) -> bytes:
    """An HTTP/1.1 request as raw bytes (JSON body if ``body`` is not bytes)."""
    data = b"" if body is None else body if isinstance(body, bytes) else json.dumps(body).encode()
    lines = [f"{method} /api/v1{path} HTTP/1.1", "Host: 127.0.0.1"]
    if auth:
        lines.append(f"Authorization: Bearer {KEY}")
    if data:
        lines += ["Content-Type: application/json", f"Content-Length: {len(data)}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + data


def connect(mock: MockOpenRouter, timeout: float = 5.0) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", mock.port), timeout=timeout)
    return sock


class RawResponse:
    """A response read off a raw socket, with every recv() result kept."""

    def __init__(self, status: int, headers: dict[str, str], body: bytes, reads: list[bytes]):
        self.status = status
        self.headers = headers
        self.body = body
        self.reads = reads

    def json(self) -> Any:
        return json.loads(self.body)


class RawReader:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""
        self.reads: list[bytes] = []

    def _fill(self) -> None:
        data = self.sock.recv(1 << 20)
        if not data:
            raise EOFError("server closed the connection")
        self.reads.append(data)
        self.buffer += data

    def until(self, marker: bytes) -> bytes:
        while marker not in self.buffer:
            self._fill()
        head, _, self.buffer = self.buffer.partition(marker)
        return head + marker

    def exact(self, size: int) -> bytes:
        while len(self.buffer) < size:
            self._fill()
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def response(self) -> RawResponse:
        self.reads = []
        head = self.until(b"\r\n\r\n").decode("latin-1")
        status_line, *lines = head[:-4].split("\r\n")
        headers = {}
        for line in lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        status = int(status_line.split(" ")[1])
        if headers.get("transfer-encoding") == "chunked":
            body = b""
            while True:
                size = int(self.until(b"\r\n")[:-2], 16)
                if size == 0:
                    self.until(b"\r\n")
                    break
                body += self.exact(size)
                assert self.exact(2) == b"\r\n"
        else:
            body = self.exact(int(headers.get("content-length", "0")))
        return RawResponse(status, headers, body, list(self.reads))


def exchange(mock: MockOpenRouter, raw: bytes) -> RawResponse:
    with connect(mock) as sock:
        sock.sendall(raw)
        return RawReader(sock).response()


def sse_payloads(body: bytes) -> list[Any]:
    """The ``data:`` payloads of an SSE body (``[DONE]`` kept as the string)."""
    out: list[Any] = []
    for event in body.decode().split("\n\n"):
        for line in event.split("\n"):
            if line.startswith("data: "):
                data = line[len("data: ") :]
                out.append(data if data == "[DONE]" else json.loads(data))
    return out


def chunks_of(reader: RawReader) -> tuple[bytes, list[bytes]]:
    """The head of a chunked response and its body's chunks, each as framed on the wire."""
    head = reader.until(b"\r\n\r\n")
    chunks = []
    while size := int(reader.until(b"\r\n")[:-2], 16):
        chunks.append(reader.exact(size))
        assert reader.exact(2) == b"\r\n"
    assert reader.until(b"\r\n") == b"\r\n"
    return head, chunks
