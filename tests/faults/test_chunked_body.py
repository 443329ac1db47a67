"""Streams read below httpx (``_chunked``): used on httpx's own HTTP/1.1 connections, framing
read exactly however the server splits it, the connection back in the pool afterwards, and
errors as httpx words them. Sync and async, over real sockets."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from openrouter_client import StreamError, _chunked
from openrouter_client.testing import MockOpenRouter, Raw, Response, Send, Sleep
from openrouter_client.testing._wire import sse_headers
from tests.faults.conftest import CHAT, Run, answer, ask, collect, text_of

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("json_backend")]


def event(content: str, finish: str | None = None) -> bytes:
    choice = {"index": 0, "delta": {"content": content}, "finish_reason": finish}
    chunk = {"id": "gen-1", "created": 1, "model": "m", "choices": [choice]}
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


def framed(data: bytes, header: bytes | None = None) -> bytes:
    return (header or b"%x" % len(data)) + b"\r\n" + data + b"\r\n"


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"


@pytest.fixture
def below_httpx(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records each body read through ``_chunked`` (sync or async)."""
    used: list[str] = []
    for name in ("_read_sync", "_read_async"):
        original = getattr(_chunked, name)

        def spy(*args: Any, _original: Any = original, _name: str = name) -> Any:
            used.append(_name)
            return _original(*args)

        monkeypatch.setattr(_chunked, name, spy)
    return used


async def test_streams_are_read_below_httpx_and_the_connection_is_kept(
    run: Run, mock: MockOpenRouter, below_httpx: list[str]
) -> None:
    # Fails when an httpx or httpcore release changes what _chunked relies on: streams would
    # still work (through httpx), at a third more CPU per chunk.
    mock.reply_text("Hello there, world")
    mock.reply_text("and again")
    assert await answer(run, stream=True) == "Hello there, world"
    assert await answer(run, stream=True) == "and again"
    assert below_httpx == ["_read_async" if run.is_async else "_read_sync"] * 2
    first, second = mock.requests_to(CHAT)
    assert first.connection_id == second.connection_id


async def test_framing_is_read_exactly_however_it_is_split(
    run: Run, mock: MockOpenRouter, below_httpx: list[str]
) -> None:
    one, two, three = event("One, "), event("two, "), event("three", finish="stop")
    steps = [
        Send(HEAD + framed(one[:7])),  # an event cut across chunks, and across reads
        Sleep(0.02),
        Send(framed(one[7:], b"%X;ext=1" % (len(one) - 7))),  # upper-case size, an extension
        Sleep(0.02),
        Send(framed(two + three)[:3]),  # a chunk header cut by the read
        Sleep(0.02),
        Send(framed(two + three)[3:] + framed(b"data: [DONE]\n\n")),
        Sleep(0.02),
        Send(b"0\r\nX-Trailer: yes\r\n"),  # a trailer, its end in the next read
        Sleep(0.02),
        Send(b"\r\n"),
    ]
    mock.reply(Raw(steps, keep_alive=True))
    mock.reply_text("next on the same connection")
    chunks = await collect(run, await ask(run, stream=True))
    assert text_of(chunks) == "One, two, three"
    assert await answer(run, stream=False) == "next on the same connection"
    assert len(below_httpx) == 1
    first, second = mock.requests_to(CHAT)
    assert first.connection_id == second.connection_id


async def test_broken_framing_raises_with_what_arrived(
    run: Run, mock: MockOpenRouter, below_httpx: list[str]
) -> None:
    wire = HEAD + framed(event("kept ")) + b"zz\r\n"
    mock.reply(Raw([Send(wire), Sleep(0.02)]))
    mock.reply_text("a fresh connection")
    stream = await ask(run, stream=True)
    with pytest.raises(StreamError) as caught:
        await collect(run, stream)
    assert "illegal chunk header: b'zz\\r\\n'" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert caught.value.partial.choices[0].message.content == "kept "
    assert await answer(run, stream=False) == "a fresh connection"
    first, second = mock.requests_to(CHAT)
    assert first.connection_id != second.connection_id  # a broken connection is not reused


async def test_a_body_with_content_length_is_read_through_httpx(
    run: Run, mock: MockOpenRouter, below_httpx: list[str]
) -> None:
    body = event("framed ") + event("by length", finish="stop") + b"data: [DONE]\n\n"
    mock.reply(Response(200, sse_headers(), [Send(body)], framing="length"))
    assert await answer(run, stream=True) == "framed by length"
    assert below_httpx == []


async def test_a_cancelled_async_read_leaves_no_connection_behind(
    run: Run, mock: MockOpenRouter, below_httpx: list[str]
) -> None:
    if not run.is_async:
        pytest.skip("cancellation is an async matter")
    steps = [Send(HEAD + framed(event("waiting "))), Sleep(5.0)]
    mock.reply(Raw(steps))
    mock.reply_text("after the cancel")
    stream = await ask(run, stream=True)

    async def read() -> list[Any]:
        return await collect(run, stream)

    with pytest.raises(TimeoutError):
        await asyncio.wait_for(read(), timeout=0.3)
    assert below_httpx == ["_read_async"]
    pool = run.client._transport.http._transport._pool  # type: ignore[union-attr]
    assert all(not connection.is_closed() for connection in pool.connections)
    assert all(connection.is_idle() for connection in pool.connections)
    assert await answer(run, stream=False) == "after the cancel"


async def test_an_environment_variable_turns_it_off(
    run: Run, mock: MockOpenRouter, below_httpx: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENROUTER_CLIENT_NO_FAST_BODY", "1")
    _chunked._internals.cache_clear()
    try:
        mock.reply_text("through httpx")
        assert await answer(run, stream=True) == "through httpx"
    finally:
        monkeypatch.delenv("OPENROUTER_CLIENT_NO_FAST_BODY")
        _chunked._internals.cache_clear()
    assert below_httpx == []
