"""``python -m bench``: client overhead against bare httpx, openai-python and the official SDK.

Everything is measured in one run, rounds interleaved, against a loopback server in another
process, and reported as ratios to bare httpx + json.loads (lower is better). Timings vary with
the machine; the ratios are what to compare. Nothing here asserts: this is a report.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODEL = "openai/gpt-4o-mini"
MESSAGES = [
    {"role": "system", "content": "You are terse."},
    {"role": "user", "content": "What is the capital of France?"},
]
KEY = "sk-or-v1-benchmark"


def start_server() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.server", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}/api/v1"


# -- per-request and per-chunk clients: each returns (request, stream) callables --------------


def bare_httpx(base: str) -> tuple[Callable[[], Any], Callable[[], int]]:
    import httpx

    client = httpx.Client(headers={"Authorization": f"Bearer {KEY}"})
    url = base + "/chat/completions"

    def request() -> Any:
        response = client.post(url, json={"model": MODEL, "messages": MESSAGES})
        return json.loads(response.content)["choices"][0]["message"]["content"]

    def stream() -> int:
        count = 0
        body = {"model": MODEL, "messages": MESSAGES, "stream": True}
        with client.stream("POST", url, json=body) as response:
            for line in response.iter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    break
                chunk = json.loads(data)
                if chunk["choices"]:
                    chunk["choices"][0]["delta"].get("content")
                count += 1
        return count

    return request, stream


def ours(base: str) -> tuple[Callable[[], Any], Callable[[], int]]:
    from openrouter_client import OpenRouter

    client = OpenRouter(api_key=KEY, base_url=base)
    create = client.chat.completions.create

    def request() -> Any:
        return create(model=MODEL, messages=MESSAGES).choices[0].message.content

    def stream() -> int:
        count = 0
        with create(model=MODEL, messages=MESSAGES, stream=True) as chunks:
            for chunk in chunks:
                if chunk.choices:
                    _ = chunk.choices[0].delta.content
                count += 1
        return count

    return request, stream


def openai_python(base: str) -> tuple[Callable[[], Any], Callable[[], int]]:
    import openai

    client: Any = openai.OpenAI(api_key=KEY, base_url=base)  # peers are measured, not type-checked
    create = client.chat.completions.create

    def request() -> Any:
        return create(model=MODEL, messages=MESSAGES).choices[0].message.content

    def stream() -> int:
        count = 0
        for chunk in create(model=MODEL, messages=MESSAGES, stream=True):
            if chunk.choices:
                _ = chunk.choices[0].delta.content
            count += 1
        return count

    return request, stream


def official_openrouter(base: str) -> tuple[Callable[[], Any], Callable[[], int]]:
    import openrouter

    client: Any = openrouter.OpenRouter(api_key=KEY, server_url=base)

    def request() -> Any:
        return (
            client.chat.send(model=MODEL, messages=MESSAGES, stream=False)
            .choices[0]
            .message.content
        )

    def stream() -> int:
        count = 0
        for chunk in client.chat.send(model=MODEL, messages=MESSAGES, stream=True):
            if chunk.choices:
                _ = chunk.choices[0].delta.content
            count += 1
        return count

    return request, stream


CLIENTS: dict[str, Callable[[str], tuple[Callable[[], Any], Callable[[], int]]]] = {
    "bare httpx + json.loads": bare_httpx,
    "openrouter-client (this)": ours,
    "openai-python": openai_python,
    "openrouter (official SDK)": official_openrouter,
}


def cpu_per_call(fn: Callable[[], Any], calls: int) -> float:
    start = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - start) / calls


def cpu_per_chunk(fn: Callable[[], int], streams: int) -> float:
    start = time.process_time()
    chunks = sum(fn() for _ in range(streams))
    return (time.process_time() - start) / max(chunks, 1)


def measure_sync(
    base: str, rounds: int, requests: int, streams: int
) -> dict[str, dict[str, float]]:
    made = {name: factory(base) for name, factory in CLIENTS.items()}
    for request, stream in made.values():  # warm up: connections, imports, caches
        for _ in range(20):
            request()
        stream()
    per_request: dict[str, list[float]] = {name: [] for name in made}
    per_chunk: dict[str, list[float]] = {name: [] for name in made}
    for _ in range(rounds):
        for name, (request, stream) in made.items():
            per_request[name].append(cpu_per_call(request, requests))
            per_chunk[name].append(cpu_per_chunk(stream, streams))
    return {
        name: {
            "request": statistics.median(per_request[name]),
            "chunk": statistics.median(per_chunk[name]),
        }
        for name in made
    }


# -- 64 concurrent async streams ------------------------------------------------------------


async def async_fanout(base: str, concurrency: int, which: str) -> float:
    import httpx

    from openrouter_client import AsyncOpenRouter

    body = {"model": MODEL, "messages": MESSAGES, "stream": True}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    if which == "bare":
        client = httpx.AsyncClient(headers={"Authorization": f"Bearer {KEY}"}, limits=limits)

        async def one() -> None:
            async with client.stream("POST", base + "/chat/completions", json=body) as response:
                async for line in response.aiter_lines():
                    if line.startswith("data: ") and line[6:] != "[DONE]":
                        chunk = json.loads(line[6:])
                        if chunk["choices"]:
                            chunk["choices"][0]["delta"].get("content")

        closer = client.aclose
    else:
        ours_client = AsyncOpenRouter(
            api_key=KEY, base_url=base, http_client=httpx.AsyncClient(limits=limits)
        )

        async def one() -> None:
            stream = await ours_client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True
            )
            async with stream:
                async for chunk in stream:
                    if chunk.choices:
                        _ = chunk.choices[0].delta.content

        closer = ours_client._transport.http.aclose

    await asyncio.gather(*(one() for _ in range(concurrency)))  # warm up the pool
    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    await closer()
    return elapsed


# -- cold import -----------------------------------------------------------------------------

IMPORTS = {
    "httpx": "import httpx",
    "openrouter_api (generated package)": "import openrouter_api",
    "openrouter_api + all 1,700 generated models": (
        "import openrouter_api.models as m; [getattr(m, n) for n in m.__all__]"
    ),
    "openrouter_client (import)": "import openrouter_client",
    "openrouter_client (import + OpenRouter())": (
        "from openrouter_client import OpenRouter; OpenRouter(api_key='x')"
    ),
    "openai": "import openai",
    "openrouter (official)": "import openrouter",
}


def import_times(repeats: int) -> dict[str, float]:
    results: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for _ in range(repeats):
        for name, statement in IMPORTS.items():
            code = (
                f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
            )
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
            )
            results[name].append(float(out.stdout))
    return {name: statistics.median(values) for name, values in results.items()}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--streams", type=int, default=5, help="streams of 200 chunks per round")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--imports", type=int, default=7, help="cold-import repetitions")
    args = parser.parse_args()

    proc, base = start_server()
    try:
        sync = measure_sync(base, args.rounds, args.requests, args.streams)
        fan = {
            which: statistics.median(
                asyncio.run(async_fanout(base, args.concurrency, which)) for _ in range(3)
            )
            for which in ("bare", "ours")
        }
    finally:
        proc.terminate()
    imports = import_times(args.imports)

    bare = sync["bare httpx + json.loads"]
    print("\n## Client CPU per call, loopback server (ratio to bare httpx + json.loads)\n")
    print("| client | per request | ratio | per streamed chunk | ratio |")
    print("|---|---:|---:|---:|---:|")
    for name, values in sync.items():
        print(
            f"| {name} | {values['request'] * 1e6:.0f} µs | {values['request'] / bare['request']:.2f}x "
            f"| {values['chunk'] * 1e6:.1f} µs | {values['chunk'] / bare['chunk']:.2f}x |"
        )
    print(f"\n## {args.concurrency} concurrent async streams (wall time)\n")
    print("| client | time | ratio |")
    print("|---|---:|---:|")
    print(f"| bare httpx.AsyncClient | {fan['bare'] * 1e3:.0f} ms | 1.00x |")
    print(f"| AsyncOpenRouter | {fan['ours'] * 1e3:.0f} ms | {fan['ours'] / fan['bare']:.2f}x |")
    print("\n## Cold import (fresh interpreter, median)\n")
    print("| import | time |")
    print("|---|---:|")
    for name, seconds in imports.items():
        print(f"| {name} | {seconds * 1e3:.0f} ms |")


if __name__ == "__main__":
    main()
