"""Small encoders shared by the canned replies: compact JSON, SSE events, ids, headers."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

__all__ = [
    "KEEPALIVE_COMMENT",
    "compact_json",
    "json_headers",
    "new_id",
    "now",
    "sse_data",
    "sse_headers",
]

# Verbatim from OpenRouter's streaming docs: sent while the model has not produced a token yet.
KEEPALIVE_COMMENT = b": OPENROUTER PROCESSING\n\n"
DONE_EVENT = b"data: [DONE]\n\n"

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_serial = itertools.count(1)
_MASK64 = (1 << 64) - 1


def compact_json(value: Any) -> bytes:
    """JSON as OpenRouter writes it: no spaces, UTF-8 kept as is (so characters are multi-byte)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def sse_data(payload: Any) -> bytes:
    """One SSE event: ``data: <json>`` and the blank line that ends it."""
    return b"data: " + compact_json(payload) + b"\n\n"


def now() -> int:
    return int(time.time())


def new_id(prefix: str, length: int = 20) -> str:
    """A unique id shaped like OpenRouter's (``gen-<unix time>-<20 alphanumerics>``).

    Derived from a process-wide counter rather than randomness, so runs stay reproducible.
    """
    serial = next(_serial)
    digest = _mix(serial) << 128 | _mix(serial ^ 0x5555) << 64 | _mix(serial ^ 0xAAAA)
    chars = []
    for _ in range(length):
        digest, index = divmod(digest, 62)
        chars.append(_ALPHABET[index])
    token = "".join(chars)
    return f"gen-{now()}-{token}" if prefix == "gen" else f"{prefix}{token}"


def _mix(value: int) -> int:
    """SplitMix64's finaliser: spreads consecutive counters over 64 well-mixed bits."""
    value = (value + 0x9E3779B97F4A7C15) & _MASK64
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK64
    return value ^ (value >> 31)


def json_headers(generation_id: str | None = None) -> list[tuple[str, str]]:
    headers = [("Content-Type", "application/json")]
    if generation_id:
        headers.append(("X-Generation-Id", generation_id))
    return headers


def sse_headers(generation_id: str | None = None) -> list[tuple[str, str]]:
    headers = [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")]
    if generation_id:
        headers.append(("X-Generation-Id", generation_id))
    return headers
