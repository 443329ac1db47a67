"""Memory of streams: RSS growth over one long stream, peak RSS of many concurrent ones.

Each case runs in a fresh interpreter (``python -m bench.memory CASE BASE_URL N``) so that what
one case allocated never counts against the next; it warms up (imports, one short stream), then
resets the kernel's peak counter and reports, in KiB, the RSS before, the peak while streaming
and the RSS at the end, with the number of characters of text the stream carried.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODEL = "openai/gpt-4o-mini"
MESSAGES = [{"role": "user", "content": "Tell me a long story."}]
KEY = "sk-or-v1-benchmark"


def _status() -> dict[str, int]:
    """VmRSS and VmHWM (peak) of this process, in KiB (Linux)."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0])
    return found


_BEFORE: list[int] = []


def _start() -> None:
    """After the warm-up: note the RSS, and start VmHWM again from it ("5" to clear_refs)."""
    import ctypes
    import gc
    from contextlib import suppress

    gc.collect()
    with suppress(OSError, AttributeError):  # give freed heap back, or reusing it hides growth
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    with suppress(OSError):  # else the peak includes the warm-up: growth is only overstated
        Path("/proc/self/clear_refs").write_text("5")
    _BEFORE.append(_status()["VmRSS"])


def _chat_iterate(base: str, chunks: int, final: bool) -> tuple[int, Any]:
    from openrouter_client import OpenRouter

    client = OpenRouter(api_key=KEY, base_url=base)

    def once(count: int) -> tuple[int, Any]:
        seen = 0
        with client.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, extra_query={"chunks": count}
        ) as stream:
            for chunk in stream:
                if chunk.choices:
                    seen += len(chunk.choices[0].delta.content or "")
            if not final:
                return seen, stream  # still holding what it folded
            completion = stream.get_final_completion()
            content = completion.choices[0].message.content
            assert isinstance(content, str) and len(content) == seen
            return seen, (stream, completion)

    once(200)
    _start()
    return once(chunks)


def _responses(base: str, deltas: int) -> tuple[int, Any]:
    from openrouter_client import OpenRouter

    client = OpenRouter(api_key=KEY, base_url=base)

    def once(count: int) -> tuple[int, Any]:
        with client.responses.create(
            model=MODEL, input="Tell me a long story.", stream=True, extra_query={"chunks": count}
        ) as stream:
            text = stream.get_output_text()
            return len(text), (stream, text)

    once(200)
    _start()
    return once(deltas)


def _concurrent(base: str, streams: int, ours: bool) -> tuple[int, Any]:
    import httpx

    limits = httpx.Limits(max_connections=streams, max_keepalive_connections=streams)
    body = {"model": MODEL, "messages": MESSAGES, "stream": True}

    async def main() -> int:
        if ours:
            from openrouter_client import AsyncOpenRouter

            client = AsyncOpenRouter(
                api_key=KEY, base_url=base, http_client=httpx.AsyncClient(limits=limits)
            )

            async def one() -> int:
                seen = 0
                stream = await client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True
                )
                async with stream:
                    async for chunk in stream:
                        if chunk.choices:
                            seen += len(chunk.choices[0].delta.content or "")
                return seen

            close = client.close
        else:
            http = httpx.AsyncClient(headers={"Authorization": f"Bearer {KEY}"}, limits=limits)

            async def one() -> int:
                seen = 0
                async with http.stream("POST", base + "/chat/completions", json=body) as r:
                    async for line in r.aiter_lines():
                        if line.startswith("data: ") and line[6:] != "[DONE]":
                            chunk = json.loads(line[6:])
                            if chunk["choices"]:
                                seen += len(chunk["choices"][0]["delta"].get("content") or "")
                return seen

            close = http.aclose
        await one()
        _start()
        seen = sum(await asyncio.gather(*(one() for _ in range(streams))))
        await close()
        return seen

    return asyncio.run(main()), None


CASES: dict[str, Callable[[str, int], tuple[int, Any]]] = {
    "chat, iterated": lambda base, n: _chat_iterate(base, n, final=False),
    "chat, iterated + get_final_completion()": lambda base, n: _chat_iterate(base, n, final=True),
    "responses, get_output_text()": _responses,
    "concurrent async streams (AsyncOpenRouter)": lambda base, n: _concurrent(base, n, ours=True),
    "concurrent async streams (bare httpx.AsyncClient)": lambda base, n: _concurrent(
        base, n, ours=False
    ),
}


def measure(case: str, base: str, size: int) -> dict[str, int]:
    """Run one case in a fresh interpreter; its figures in KiB, and the characters streamed."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.memory", case, base, str(size)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, int] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _child(case: str, base: str, size: int) -> None:
    chars, kept = CASES[case](base, size)
    after = _status()
    del kept
    figures = {"before": _BEFORE[0], "peak": after["VmHWM"], "end": after["VmRSS"], "chars": chars}
    print(json.dumps(figures))


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2], int(sys.argv[3]))
