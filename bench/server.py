"""A minimal loopback OpenRouter for benchmarks: canned answers, as little server CPU as possible.

Runs in its own process (``python -m bench.server PORT``) so that the client process's CPU time
measures the client alone. Speaks just enough HTTP/1.1 (keep-alive, Content-Length requests).
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterable, Iterator

COMPLETION = json.dumps(
    {
        "id": "gen-1700000000-abcdefghijklmnop",
        "provider": "OpenAI",
        "model": "openai/gpt-4o-mini",
        "object": "chat.completion",
        "created": 1700000000,
        "choices": [
            {
                "logprobs": None,
                "finish_reason": "stop",
                "native_finish_reason": "stop",
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "The capital of France is Paris. It has been the capital since 987.",
                    "refusal": None,
                    "reasoning": None,
                },
            }
        ],
        "system_fingerprint": "fp_0123456789",
        "usage": {
            "prompt_tokens": 24,
            "completion_tokens": 17,
            "total_tokens": 41,
            "cost": 0.0000138,
            "is_byok": False,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "cost_details": {"upstream_inference_cost": None},
            "completion_tokens_details": {"reasoning_tokens": 0, "image_tokens": 0},
        },
    }
).encode()


def _chunk(content: str | None, finish: str | None = None, usage: bool = False) -> bytes:
    body: dict[str, object] = {
        "id": "gen-1700000000-abcdefghijklmnop",
        "provider": "OpenAI",
        "model": "openai/gpt-4o-mini",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "choices": []
        if usage
        else [
            {
                "index": 0,
                "delta": {"role": "assistant", "content": content},
                "finish_reason": finish,
                "native_finish_reason": finish,
                "logprobs": None,
            }
        ],
        "system_fingerprint": "fp_0123456789",
    }
    if usage:
        body["usage"] = {
            "prompt_tokens": 24,
            "completion_tokens": 200,
            "total_tokens": 224,
            "cost": 0.0001,
        }
    return b"data: " + json.dumps(body).encode() + b"\n\n"


def stream_events(chunks: int) -> list[bytes]:
    return list(iter_stream_events(chunks))


def iter_stream_events(chunks: int) -> Iterator[bytes]:
    """A chat stream of ``chunks`` content chunks, made as it is sent (300,000 of them are fine)."""
    yield b": OPENROUTER PROCESSING\n\n"
    for i in range(chunks):
        yield _chunk(f" word{i}")
    yield _chunk("", finish="stop")
    yield _chunk(None, usage=True)
    yield b"data: [DONE]\n\n"


def _event(payload: dict[str, object]) -> bytes:
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


def iter_response_events(deltas: int) -> Iterator[bytes]:
    """A Responses API stream: created, a message item, ``deltas`` text deltas, completed."""
    response = {"id": "resp-1", "object": "response", "status": "in_progress", "output": []}
    yield _event({"type": "response.created", "sequence_number": 0, "response": response})
    item = {"type": "message", "id": "msg-1", "role": "assistant", "status": "in_progress"}
    yield _event({"type": "response.output_item.added", "output_index": 0, "item": item})
    for i in range(deltas):
        delta = {
            "type": "response.output_text.delta",
            "sequence_number": i + 2,
            "item_id": "msg-1",
            "output_index": 0,
            "content_index": 0,
            "delta": f" word{i}",
        }
        yield _event(delta)
    done = {**response, "status": "completed", "output": [], "usage": {"total_tokens": deltas}}
    yield _event({"type": "response.completed", "sequence_number": deltas + 2, "response": done})
    yield b"data: [DONE]\n\n"


CANNED = stream_events(200)  # the benchmark's usual stream, made once


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            body = await reader.readexactly(length) if length else b""
            path = head.split(b" ", 2)[1]
            if b'"stream":true' in body.replace(b" ", b""):
                count = int(path.rsplit(b"chunks=", 1)[1]) if b"chunks=" in path else 200
                if b"/responses" in path:
                    events: Iterable[bytes] = iter_response_events(count)
                else:
                    events = CANNED if count == 200 else iter_stream_events(count)
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                    b"transfer-encoding: chunked\r\n\r\n"
                )
                for event in events:
                    writer.write(b"%x\r\n%s\r\n" % (len(event), event))
                    await writer.drain()
                writer.write(b"0\r\n\r\n")
            else:
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    b"content-length: %d\r\n\r\n%s" % (len(COMPLETION), COMPLETION)
                )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port: int) -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=256)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
