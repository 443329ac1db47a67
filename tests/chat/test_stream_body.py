"""What a stream keeps and how it reads its body: nothing but the folded answer (unless asked for
the chunks), and a compressed body decoded as httpx decodes it. In-process transports, sync and
async."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from typing import Any

import httpx
import pytest

from openrouter_client import AsyncOpenRouter, OpenRouter

pytestmark = pytest.mark.usefixtures("json_backend")

MODEL = "openai/gpt-4o-mini"
HI = [{"role": "user", "content": "Hi"}]


def sse_events(count: int) -> list[bytes]:
    def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        chunk = {"id": "gen-1", "model": MODEL, "created": 1, "choices": [choice]}
        return b"data: " + json.dumps(chunk).encode() + b"\n\n"

    events = [event({"role": "assistant", "content": f"w{i} "}) for i in range(count)]
    events.append(event({}, finish="stop"))
    return [*events, b"data: [DONE]\n\n"]


def sse(count: int) -> bytes:
    return b"".join(sse_events(count))


def handler(body: bytes | list[bytes], headers: dict[str, str]) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        content = iter(body) if isinstance(body, list) else body  # a list: one read per event
        return httpx.Response(
            200, headers={"content-type": "text/event-stream", **headers}, content=content
        )

    return answer


def sync_client(body: bytes | list[bytes], **headers: str) -> OpenRouter:
    transport = httpx.MockTransport(handler(body, headers))
    return OpenRouter(api_key="sk-or-v1-x", http_client=httpx.Client(transport=transport))


def test_a_long_stream_keeps_the_text_not_the_chunks() -> None:
    count = 20_000
    client = sync_client(sse_events(count))
    tracemalloc.start()
    try:
        with client.chat.completions.create(model=MODEL, messages=HI, stream=True) as stream:
            start, _ = tracemalloc.get_traced_memory()
            for _ in stream:
                pass
            held, peak = tracemalloc.get_traced_memory()
            final = stream.get_final_completion()
    finally:
        tracemalloc.stop()
    assert final.choices[0].message.content == "".join(f"w{i} " for i in range(count))
    assert stream.chunk_count == count + 1
    # Kept: the text (~130 KB) and its pieces; every chunk's JSON would be ~15 MB more.
    assert held - start < 2_000_000, held - start
    assert peak - start < 3_000_000, peak - start


def test_chunks_are_kept_when_asked_for() -> None:
    client = sync_client(sse(3))
    with client.chat.completions.create(
        model=MODEL, messages=HI, stream=True, keep_chunks=True
    ) as stream:
        received = [chunk.to_dict() for chunk in stream]
    assert stream.chunks == received
    assert len(stream.chunks) == stream.chunk_count == 4
    with pytest.raises(TypeError, match="keep_chunks=True applies to streams"):
        client.chat.completions.create(model=MODEL, messages=HI, keep_chunks=True)


def test_snapshot_is_what_arrived_so_far() -> None:
    client = sync_client(sse(5))
    with client.chat.completions.create(model=MODEL, messages=HI, stream=True) as stream:
        iterator = iter(stream)
        next(iterator)
        next(iterator)
        assert stream.snapshot().choices[0].message.content == "w0 w1 "
    assert stream.snapshot().choices[0].message.content == "w0 w1 "  # closed: still there


def test_gzip_body_is_decoded() -> None:
    client = sync_client(gzip.compress(sse(50)), **{"content-encoding": "gzip"})
    with client.chat.completions.create(model=MODEL, messages=HI, stream=True) as stream:
        text = "".join(stream.iter_text())
    assert text == "".join(f"w{i} " for i in range(50))


@pytest.mark.anyio
async def test_async_gzip_and_identity_bodies() -> None:
    for body, headers in ((gzip.compress(sse(50)), {"content-encoding": "gzip"}), (sse(50), {})):
        transport = httpx.MockTransport(handler(body, headers))
        client = AsyncOpenRouter(
            api_key="sk-or-v1-x", http_client=httpx.AsyncClient(transport=transport)
        )
        stream = await client.chat.completions.create(model=MODEL, messages=HI, stream=True)
        async with stream:
            final = await stream.get_final_completion()
        assert final.choices[0].message.content == "".join(f"w{i} " for i in range(50))
        assert stream.response.is_stream_consumed
