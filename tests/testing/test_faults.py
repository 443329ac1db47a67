"""Every fault as the client sees it: bytes on a raw socket, and httpx's errors (sync, async)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import time
from typing import Any

import httpx
import pytest

from openrouter_client.testing import MockOpenRouter, Reply, faults

from .conftest import (
    CHAT_BODY,
    KEY,
    STREAM_BODY,
    RawReader,
    connect,
    exchange,
    request_bytes,
    sse_payloads,
)

AUTH = {"Authorization": f"Bearer {KEY}"}
CHAT = "/chat/completions"
STREAM_REQUEST = request_bytes("POST", CHAT, {**STREAM_BODY, "model": "a/b"})


def read_all(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(1 << 16):
        data += chunk
    return data


def sync_stream(mock: MockOpenRouter, fault: Reply, **kwargs: Any) -> bytes:
    mock.reply(fault)
    with (
        httpx.Client(base_url=mock.base_url, headers=AUTH, **kwargs) as client,
        client.stream("POST", CHAT, json=STREAM_BODY) as r,
    ):
        return b"".join(r.iter_raw())


async def async_stream(mock: MockOpenRouter, fault: Reply) -> bytes:
    mock.reply(fault)
    async with (
        httpx.AsyncClient(base_url=mock.base_url, headers=AUTH) as client,
        client.stream("POST", CHAT, json=STREAM_BODY) as r,
    ):
        return b"".join([part async for part in r.aiter_raw()])


def test_refused_url() -> None:
    url = faults.refused_url()
    assert url.startswith("http://127.0.0.1:") and url.endswith("/api/v1")
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/models")


def test_reset_before_headers(mock: MockOpenRouter) -> None:
    mock.reply(faults.reset_before_headers())
    with connect(mock) as sock:
        sock.sendall(STREAM_REQUEST)
        with pytest.raises(ConnectionResetError):
            sock.recv(1024)
    with pytest.raises(httpx.ReadError, match="Connection reset by peer"):
        sync_stream(mock, faults.reset_before_headers())
    with pytest.raises(httpx.ReadError):
        asyncio.run(async_stream(mock, faults.reset_before_headers()))


def test_close_before_headers(mock: MockOpenRouter) -> None:
    mock.reply(faults.close_before_headers())
    with connect(mock) as sock:
        sock.sendall(STREAM_REQUEST)
        assert sock.recv(1024) == b""
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        sync_stream(mock, faults.close_before_headers())


def test_reset_after_headers(mock: MockOpenRouter) -> None:
    mock.reply(faults.reset_after_headers())
    with connect(mock) as sock:
        sock.sendall(STREAM_REQUEST)
        reader = RawReader(sock)
        head = reader.until(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200 OK\r\n")
        assert b"Transfer-Encoding: chunked" in head and b"text/event-stream" in head
        with pytest.raises(ConnectionResetError):
            reader.until(b"\r\n")
    with pytest.raises(httpx.ReadError):
        sync_stream(mock, faults.reset_after_headers())
    with pytest.raises(httpx.ReadError):
        asyncio.run(async_stream(mock, faults.reset_after_headers()))


def test_reset_mid_stream(mock: MockOpenRouter) -> None:
    mock.reply(faults.reset_mid_stream("Hello there"))
    received = b""
    with connect(mock) as sock:
        sock.sendall(STREAM_REQUEST)
        with pytest.raises(ConnectionResetError):
            while chunk := sock.recv(1 << 16):
                received += chunk
    assert b'"content":"Hello"' in received and b'"content":" there"' in received
    assert b'finish_reason":"stop' not in received and b"[DONE]" not in received
    with pytest.raises(httpx.ReadError):
        sync_stream(mock, faults.reset_mid_stream())
    with pytest.raises(httpx.ReadError):
        asyncio.run(async_stream(mock, faults.reset_mid_stream()))


def test_close_mid_stream(mock: MockOpenRouter) -> None:
    mock.reply(faults.close_mid_stream("Hello there"))
    with connect(mock) as sock:
        sock.sendall(STREAM_REQUEST)
        data = read_all(sock)  # FIN, not RST
    assert b'"content":" there"' in data
    assert not data.endswith(b"0\r\n\r\n")  # no terminating chunk: the body is incomplete
    with pytest.raises(httpx.RemoteProtocolError, match="incomplete chunked read"):
        sync_stream(mock, faults.close_mid_stream())
    with pytest.raises(httpx.RemoteProtocolError, match="incomplete chunked read"):
        asyncio.run(async_stream(mock, faults.close_mid_stream()))


def test_end_without_done(mock: MockOpenRouter) -> None:
    body = sync_stream(mock, faults.end_without_done("partial"))  # valid HTTP: no error
    events = sse_payloads(body)
    assert [e["choices"][0]["delta"]["content"] for e in events] == ["partial"]
    mock.reply(faults.end_without_done("partial", finish=True, send_usage=True))
    raw = exchange(mock, STREAM_REQUEST)
    events = sse_payloads(raw.body)
    assert events[-1]["usage"] and "[DONE]" not in events


def test_idle_mid_stream(mock: MockOpenRouter) -> None:
    started = time.perf_counter()
    body = sync_stream(mock, faults.idle_mid_stream(0.3, "Hello", " world"))
    assert time.perf_counter() - started >= 0.3
    events = sse_payloads(body)
    assert "".join(e["choices"][0]["delta"]["content"] for e in events[:2]) == "Hello world"
    assert events[-1] == "[DONE]"
    with pytest.raises(httpx.ReadTimeout):
        sync_stream(mock, faults.idle_mid_stream(1.0), timeout=httpx.Timeout(5, read=0.1))


def test_idle_happens_between_the_two_parts(mock: MockOpenRouter) -> None:
    mock.reply(faults.idle_mid_stream(0.2, "Hello", " world"))
    with connect(mock) as sock:
        sock.sendall(STREAM_REQUEST)
        reader = RawReader(sock)
        reader.until(b'"content":"Hello"')
        sock.setblocking(False)
        time.sleep(0.05)
        rest = b""
        with contextlib.suppress(BlockingIOError):
            rest = sock.recv(1 << 16)
        assert b"world" not in reader.buffer + rest
        sock.setblocking(True)
        reader.until(b'"content":" world"')


def test_html_502(mock: MockOpenRouter) -> None:
    mock.reply(faults.html_502())
    r = httpx.post(mock.url(CHAT), json=CHAT_BODY, headers=AUTH)
    assert r.status_code == 502
    assert r.headers["content-type"] == "text/html"
    assert r.text.startswith("<!DOCTYPE html>") and "502 Bad Gateway" in r.text


def test_empty_200(mock: MockOpenRouter) -> None:
    mock.reply(faults.empty_200())
    r = httpx.post(mock.url(CHAT), json=CHAT_BODY, headers=AUTH)
    assert (r.status_code, r.headers["content-length"], r.content) == (200, "0", b"")


def test_truncated_json(mock: MockOpenRouter) -> None:
    mock.reply(faults.truncated_json())
    r = httpx.post(mock.url(CHAT), json=CHAT_BODY, headers=AUTH)
    assert r.status_code == 200 and int(r.headers["content-length"]) == len(r.content)
    assert r.content.startswith(b'{"id":"gen-')
    with pytest.raises(json.JSONDecodeError):
        r.json()
    mock.reply(faults.truncated_json(http_level=True))
    with pytest.raises(httpx.RemoteProtocolError, match="expected"):
        httpx.post(mock.url(CHAT), json=CHAT_BODY, headers=AUTH)


def test_invalid_json(mock: MockOpenRouter) -> None:
    mock.reply(faults.invalid_json())
    r = httpx.post(mock.url(CHAT), json=CHAT_BODY, headers=AUTH)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        r.json()


def test_split_utf8_cuts_a_character_across_two_sends(mock: MockOpenRouter) -> None:
    mock.reply(faults.split_utf8("Grüße 👋", pause=0.1))
    with connect(mock) as sock:
        sock.sendall(STREAM_REQUEST)
        reader = RawReader(sock)
        reader.until(b"\r\n\r\n")
        size = int(reader.until(b"\r\n")[:-2], 16)
        first = reader.exact(size)
        # The first send ends inside "ü" (0xC3 0xBC) and nothing else has arrived yet.
        assert first.endswith(b'"content":"Gr\xc3')
        reader.exact(2)
        sock.setblocking(False)
        with pytest.raises(BlockingIOError):
            sock.recv(1)
        sock.setblocking(True)
        size = int(reader.until(b"\r\n")[:-2], 16)
        second = reader.exact(size)
        assert second.startswith(b"\xbc\xc3\x9fe")
        assert (
            json.loads((first + second)[len(b"data: ") :])["choices"][0]["delta"]["content"]
            == "Grüße"
        )
    # httpx sees the same split: one read ends with a lone UTF-8 lead byte.
    mock.reply(faults.split_utf8(pause=0.1))
    with (
        httpx.Client(base_url=mock.base_url, headers=AUTH) as client,
        client.stream("POST", CHAT, json=STREAM_BODY) as r,
    ):
        parts = list(r.iter_raw())
    assert any(part.endswith(b"\xc3") for part in parts)
    text = "".join(e["choices"][0]["delta"]["content"] for e in sse_payloads(b"".join(parts))[:-3])
    assert text == "Grüße aus Köln 👋"


def test_split_utf8_needs_a_non_ascii_character() -> None:
    with pytest.raises(ValueError, match="non-ASCII"):
        faults.split_utf8("plain")


def test_huge_line(mock: MockOpenRouter) -> None:
    body = sync_stream(mock, faults.huge_line())
    lines = body.split(b"\n")
    assert max(len(line) for line in lines) >= 5 * 1024 * 1024
    events = sse_payloads(body)
    assert len(events[0]["choices"][0]["delta"]["content"]) == 5 * 1024 * 1024
    assert events[-1] == "[DONE]"
