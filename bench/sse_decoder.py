"""``python -m bench.sse_decoder``: our SSE decoder against httpx's line decoder, per event.

The peer is what a bare-httpx user writes: ``iter_lines()`` (httpx's ``TextDecoder`` +
``LineDecoder``), keep the ``data: `` lines, stop at ``[DONE]``. Both decode the same realistic
OpenRouter chat stream (keep-alive comments, content chunks shaped like the docs' chunks, a usage
chunk, ``[DONE]``), cut into network-sized reads three ways. Rounds are interleaved in one process
and the best round is reported, so a noisy machine skews both sides alike. Ratios < 1 mean ours is
cheaper. Nothing here asserts: it is a report.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from typing import Any

from httpx._decoders import LineDecoder, TextDecoder

from openrouter_client import _json
from openrouter_client._sse import SSEDecoder

WORDS = [
    "The",
    "capital",
    "of",
    "France",
    "is",
    "Paris",
    ",",
    "which",
    "has",
    "been",
    "its",
    "seat",
]


def realistic_stream(n_chunks: int = 400) -> bytes:
    """An OpenRouter chat completion stream, shaped like the docs' chunks and real captures."""
    out = [b": OPENROUTER PROCESSING\n\n"] * 12
    base = {
        "id": "gen-1748372400-aBcDeFgHiJkLmNoPqRsT",
        "provider": "OpenAI",
        "model": "openai/gpt-4o-mini",
        "object": "chat.completion.chunk",
        "created": 1748372400,
        "system_fingerprint": "fp_34a54ae93c",
    }
    for i in range(n_chunks):
        delta: dict[str, Any] = {"content": " " + WORDS[i % len(WORDS)]}
        if i == 0:
            delta["role"] = "assistant"
        choice = {
            "index": 0,
            "delta": delta,
            "finish_reason": None,
            "native_finish_reason": None,
            "logprobs": None,
        }
        out.append(b"data: " + json.dumps({**base, "choices": [choice]}).encode() + b"\n\n")
    final = {"index": 0, "delta": {"content": ""}, "finish_reason": "stop"}
    out.append(b"data: " + json.dumps({**base, "choices": [final]}).encode() + b"\n\n")
    usage = {
        "prompt_tokens": 14,
        "completion_tokens": n_chunks,
        "total_tokens": 14 + n_chunks,
        "cost": 0.0001,
        "prompt_tokens_details": {"cached_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0},
    }
    out.append(b"data: " + json.dumps({**base, "choices": [], "usage": usage}).encode() + b"\n\n")
    out.append(b"data: [DONE]\n\n")
    return b"".join(out)


def per_event_reads(stream: bytes) -> list[bytes]:
    """Token-by-token streaming: each event arrives in its own read (the common case)."""
    return [part + b"\n\n" for part in stream.split(b"\n\n") if part]


def sized_reads(stream: bytes, size: int, seed: int = 7) -> list[bytes]:
    """Reads of random length around ``size``, cutting lines (and JSON) anywhere."""
    rng = random.Random(seed)
    pieces, i = [], 0
    while i < len(stream):
        n = rng.randint(size // 2, size * 3 // 2)
        pieces.append(stream[i : i + n])
        i += n
    return pieces


def httpx_lines(pieces: list[bytes], parse: bool) -> int:
    text_decoder, line_decoder = TextDecoder(), LineDecoder()
    count = 0
    for piece in pieces:
        for line in line_decoder.decode(text_decoder.decode(piece)):
            if not line.startswith("data: "):
                continue
            data = line[6:]
            if data == "[DONE]":
                return count
            if parse:
                json.loads(data)
            count += 1
    return count


def ours(pieces: list[bytes], parse: bool) -> int:
    """As the client reads events: the raw bytes, decoded by ``_json`` (standard library here)."""
    decoder = SSEDecoder()
    feed = decoder.feed
    loads = _json.loads_event
    count = 0
    for piece in pieces:
        for event in feed(piece):
            raw = event.raw
            if raw == b"[DONE]":
                return count
            if parse:
                loads(raw)
            count += 1
    return count


def best_ns_per_event(
    fn: Callable[[list[bytes], bool], int], pieces: list[bytes], parse: bool, reps: int
) -> float:
    events = fn(pieces, parse)
    start = time.perf_counter_ns()
    for _ in range(reps):
        fn(pieces, parse)
    return (time.perf_counter_ns() - start) / reps / events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--reps", type=int, default=40)
    args = parser.parse_args()
    _json.use_orjson(False)  # both sides decode with the standard library: decoders are compared

    stream = realistic_stream()
    scenarios = {
        "one read per event": per_event_reads(stream),
        "~1.4 KB reads": sized_reads(stream, 1400),
        "~16 KB reads": sized_reads(stream, 16384),
    }
    for pieces in scenarios.values():
        assert httpx_lines(pieces, True) == ours(pieces, True), "decoders disagree"

    print(f"{len(stream)} bytes, {ours(scenarios['~1.4 KB reads'], False)} data events per stream")
    print(f"{'scenario':<22}{'json':<6}{'httpx ns/ev':>12}{'ours ns/ev':>12}{'ratio':>8}")
    for name, pieces in scenarios.items():
        for parse in (False, True):
            peer: list[float] = []
            mine: list[float] = []
            for _ in range(args.rounds):  # interleaved: drift hits both sides alike
                peer.append(best_ns_per_event(httpx_lines, pieces, parse, args.reps))
                mine.append(best_ns_per_event(ours, pieces, parse, args.reps))
            p, m = min(peer), min(mine)
            label = "yes" if parse else "no"
            print(f"{name:<22}{label:<6}{p:>12.0f}{m:>12.0f}{m / p:>8.2f}")


if __name__ == "__main__":
    main()
