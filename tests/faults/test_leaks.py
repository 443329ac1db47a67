"""Abandoned streams give their connections back: a thousand streams left after the first chunk
(``break`` inside ``with``, leaving ``with`` after one ``next``, a bare ``break``) leave neither
the client's pool nor the server holding connections."""

from __future__ import annotations

import gc
from typing import Any

import anyio
import pytest

from openrouter_client import AsyncOpenRouter, OpenRouter
from openrouter_client.testing import MockOpenRouter, replies
from tests.faults.conftest import CHAT, Run, ask

pytestmark = pytest.mark.anyio

STREAMS = 1000
WAYS = ("break-in-with", "next-then-exit", "bare-break")


def pool_connections(client: OpenRouter | AsyncOpenRouter) -> list[Any]:
    """The connections httpcore's pool holds for the client (open, idle or in use)."""
    pool = client._transport.http._transport._pool  # type: ignore[union-attr]
    return list(pool.connections)


async def abandon(run: Run, way: str) -> str:
    """Open a stream, take its first chunk, leave; return that chunk's text."""
    stream = await ask(run, stream=True)
    first: Any = None
    if run.is_async:
        if way == "break-in-with":
            async with stream:
                async for item in stream:
                    first = item
                    break
        elif way == "next-then-exit":
            async with stream:
                first = await stream.__aiter__().__anext__()
        else:
            async for item in stream:
                first = item
                break
    elif way == "break-in-with":
        with stream:
            for item in stream:
                first = item
                break
    elif way == "next-then-exit":
        with stream:
            first = next(iter(stream))
    else:
        for item in stream:
            first = item
            break
    return str(first.choices[0].delta.content)


async def test_a_thousand_abandoned_streams_leak_nothing(run: Run, mock: MockOpenRouter) -> None:
    # A long stream, still being written when the client walks away.
    words = " ".join(f"word{n}" for n in range(40))
    mock.reply(replies.stream_text(words, chunk_delay=0.002), times=None)
    firsts = []
    for n in range(STREAMS):
        firsts.append(await abandon(run, WAYS[n % len(WAYS)]))
        if n % 100 == 99:  # bounded all along, not only at the end
            assert len(pool_connections(run.client)) <= 1
    assert firsts == ["word0"] * STREAMS
    assert len(mock.requests_to(CHAT)) == STREAMS

    gc.collect()
    await anyio.sleep(0)  # let an async generator's finaliser close its stream
    assert all(c.is_idle() for c in pool_connections(run.client))
    assert len(pool_connections(run.client)) <= 1
    assert mock.wait_for_connections(1, timeout=5.0), mock.open_connections

    # The client still works on what is left, and closing it releases everything.
    mock.clear()
    mock.reply_text("still fine")
    stream = await ask(run, stream=True)
    if run.is_async:
        async with stream:
            assert (await stream.get_final_completion()).choices[0].message.content == "still fine"
    else:
        with stream:
            assert stream.get_final_completion().choices[0].message.content == "still fine"
    await run.close()
    assert pool_connections(run.client) == []
    assert mock.wait_for_connections(0, timeout=5.0), mock.open_connections
