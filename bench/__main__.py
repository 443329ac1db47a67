"""``python -m bench``: client overhead against bare httpx (and hand-written floors on httpx),
openai-python and the official SDK, and the memory streams take.

CPU is measured in one run, rounds interleaved, against a loopback server in another process,
and reported as ratios to bare httpx + json.loads (lower is better): the median of the per-round
ratios, with half their spread as a noise figure. Our client runs twice, with the standard
library's json and with orjson (the ``speed`` extra). Memory is measured in a fresh interpreter
per case (``bench/memory.py``). Timings vary with the machine; the ratios are what to compare.
``--quick`` for a short run. Nothing here asserts: this is a report.
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


def hand_split(base: str, fast: bool) -> tuple[Callable[[], Any], Callable[[], int]]:
    """The floor on httpx: raw reads split into events by hand, then json (or orjson)."""
    import httpx

    loads: Callable[[bytes | str], Any] = json.loads
    if fast:
        import orjson

        loads = orjson.loads
    client = httpx.Client(headers={"Authorization": f"Bearer {KEY}"})
    url = base + "/chat/completions"
    request, _ = bare_httpx(base)

    def stream() -> int:
        count = 0
        rest = b""
        body = {"model": MODEL, "messages": MESSAGES, "stream": True}
        with client.stream("POST", url, json=body) as response:
            for data in response.iter_raw():
                *events, rest = (rest + data).split(b"\n\n")
                for event in events:
                    if event[:6] != b"data: " or event[6:] == b"[DONE]":
                        continue
                    chunk = loads(event[6:])
                    if chunk["choices"]:
                        chunk["choices"][0]["delta"].get("content")
                    count += 1
        return count

    return request, stream


def ours(base: str, fast: bool) -> tuple[Callable[[], Any], Callable[[], int]]:
    """This client; ``fast``: orjson decodes (the ``speed`` extra), else the standard library."""
    from openrouter_client import OpenRouter, _json

    client = OpenRouter(api_key=KEY, base_url=base)
    create = client.chat.completions.create
    use = _json.use_orjson

    def request() -> Any:
        use(fast)
        return create(model=MODEL, messages=MESSAGES).choices[0].message.content

    def stream() -> int:
        use(fast)
        count = 0
        with create(model=MODEL, messages=MESSAGES, stream=True) as chunks:
            for chunk in chunks:
                if chunk.choices:
                    _ = chunk.choices[0].delta.content
                count += 1
        return count

    return request, stream


def _orjson_installed() -> bool:
    try:
        import orjson  # noqa: F401
    except ImportError:
        return False
    return True


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
    "httpx iter_raw, split by hand + json.loads": lambda base: hand_split(base, fast=False),
    "httpx iter_raw, split by hand + orjson.loads": lambda base: hand_split(base, fast=True),
    "openrouter-client (standard json)": lambda base: ours(base, fast=False),
    "openrouter-client (speed extra: orjson)": lambda base: ours(base, fast=True),
    "openai-python": openai_python,
    "openrouter (official SDK)": official_openrouter,
}
PEERS = ("openai-python", "openrouter (official SDK)")
FLOORS = (  # hand-written clients at the limit of httpx's body path (issue 14's floors)
    "httpx iter_raw, split by hand + json.loads",
    "httpx iter_raw, split by hand + orjson.loads",
)


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
    base: str, rounds: int, requests: int, streams: int, peers: bool
) -> dict[str, dict[str, float]]:
    """Median CPU per request and per chunk, and the median of the per-round ratios to bare
    httpx (each round runs every client once, back to back, so drift hits all alike); the
    spread of those ratios says how noisy the machine was."""
    names = [
        name
        for name in CLIENTS
        if (peers or name not in PEERS) and ("orjson" not in name or _orjson_installed())
    ]
    made = {name: CLIENTS[name](base) for name in names}
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
    bare = names[0]
    results = {}
    for name in made:
        request_ratios = [a / b for a, b in zip(per_request[name], per_request[bare], strict=True)]
        chunk_ratios = [a / b for a, b in zip(per_chunk[name], per_chunk[bare], strict=True)]
        results[name] = {
            "request": statistics.median(per_request[name]),
            "chunk": statistics.median(per_chunk[name]),
            "request_ratio": statistics.median(request_ratios),
            "chunk_ratio": statistics.median(chunk_ratios),
            "request_spread": max(request_ratios) - min(request_ratios),
            "chunk_spread": max(chunk_ratios) - min(chunk_ratios),
        }
    return results


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


def measure_fanout(base: str, concurrency: int, rounds: int) -> dict[str, float]:
    """Wall time of ``concurrency`` concurrent streams, bare and ours, rounds interleaved."""
    times: dict[str, list[float]] = {"bare": [], "ours": []}
    ratios = []
    for _ in range(rounds):
        for which in times:
            times[which].append(asyncio.run(async_fanout(base, concurrency, which)))
        ratios.append(times["ours"][-1] / times["bare"][-1])
    return {
        "bare": statistics.median(times["bare"]),
        "ours": statistics.median(times["ours"]),
        "ratio": statistics.median(ratios),
        "spread": max(ratios) - min(ratios),
    }


MEMORY_CASES = (
    "chat, iterated",
    "chat, iterated + get_final_completion()",
    "responses, get_output_text()",
)
CONCURRENT_CASES = (
    "concurrent async streams (AsyncOpenRouter)",
    "concurrent async streams (bare httpx.AsyncClient)",
)


def measure_memory(base: str, chunks: int, concurrent: int) -> dict[str, dict[str, int]]:
    from .memory import measure

    results = {case: measure(case, base, chunks) for case in MEMORY_CASES}
    results.update({case: measure(case, base, concurrent) for case in CONCURRENT_CASES})
    return results


def _mb(kib: int) -> str:
    return f"{kib / 1024:.1f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds, shorter streams")
    parser.add_argument("--rounds", type=int, default=None, help="interleaved rounds (default 7)")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--streams", type=int, default=5, help="streams of 200 chunks per round")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--imports", type=int, default=None, help="cold-import repetitions")
    parser.add_argument("--long-stream", type=int, default=None, help="chunks (default 300000)")
    parser.add_argument("--memory-streams", type=int, default=256, help="concurrent streams")
    parser.add_argument("--no-peers", action="store_true", help="skip openai and the official SDK")
    args = parser.parse_args()
    rounds = args.rounds or (3 if args.quick else 7)
    imports_n = args.imports or (3 if args.quick else 7)
    long_stream = args.long_stream or (30_000 if args.quick else 300_000)
    requests = args.requests // 4 if args.quick else args.requests

    proc, base = start_server()
    try:
        sync = measure_sync(base, rounds, requests, args.streams, peers=not args.no_peers)
        fan = measure_fanout(base, args.concurrency, rounds)
        memory = measure_memory(base, long_stream, args.memory_streams)
    finally:
        proc.terminate()
    imports = import_times(imports_n)

    print(f"\n## Client CPU per call, loopback server ({rounds} interleaved rounds)\n")
    print(
        "Ratios to bare httpx + json.loads: median of the per-round ratios (± half their spread)."
    )
    print()
    print("| client | per request | ratio | per streamed chunk | ratio |")
    print("|---|---:|---:|---:|---:|")
    for name, v in sync.items():
        request = (  # a floor's requests are bare httpx's
            "n/a | n/a"
            if name in FLOORS
            else f"{v['request'] * 1e6:.0f} µs | {v['request_ratio']:.2f}x "
            f"± {v['request_spread'] / 2:.2f}"
        )
        print(
            f"| {name} | {request} | {v['chunk'] * 1e6:.1f} µs "
            f"| {v['chunk_ratio']:.2f}x ± {v['chunk_spread'] / 2:.2f} |"
        )
    print(f"\n## {args.concurrency} concurrent async streams (wall time)\n")
    print("| client | time | ratio |")
    print("|---|---:|---:|")
    print(f"| bare httpx.AsyncClient | {fan['bare'] * 1e3:.0f} ms | 1.00x |")
    print(
        f"| AsyncOpenRouter | {fan['ours'] * 1e3:.0f} ms "
        f"| {fan['ratio']:.2f}x ± {fan['spread'] / 2:.2f} |"
    )
    print("\n## Memory (RSS, one fresh interpreter per case)\n")
    print("| case | text streamed | RSS growth, peak | RSS growth, at the end |")
    print("|---|---:|---:|---:|")
    for case in MEMORY_CASES:
        m = memory[case]
        print(
            f"| {case}, {long_stream:,} chunks | {m['chars'] / 1e6:.1f} MB "
            f"| {_mb(m['peak'] - m['before'])} | {_mb(m['end'] - m['before'])} |"
        )
    print(f"\n| {args.memory_streams} concurrent streams of 200 chunks | peak RSS | growth |")
    print("|---|---:|---:|")
    for case in CONCURRENT_CASES:
        m = memory[case]
        label = case.removeprefix("concurrent async streams ").strip("()")
        print(f"| {label} | {_mb(m['peak'])} | {_mb(m['peak'] - m['before'])} |")
    print("\n## Cold import (fresh interpreter, median)\n")
    print("| import | time |")
    print("|---|---:|")
    for name, seconds in imports.items():
        print(f"| {name} | {seconds * 1e3:.0f} ms |")


if __name__ == "__main__":
    main()
