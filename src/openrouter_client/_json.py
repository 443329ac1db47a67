"""Decoding JSON from the wire: orjson when it is installed (the ``speed`` extra), else ``json``.

orjson is stricter than the standard library (no NaN, no lone surrogates, UTF-8 only), so
whatever it refuses is decoded again by ``json``; and it reads an integer beyond 64 bits as a
float, silently, so text holding 19 digits in a row (one C pass over the bytes) goes to ``json``
first. The value never depends on which library is installed, only the speed does.

Two decoders, because the two kinds of input have different rules:

- ``loads_event``: the data of a server-sent event, bytes that stand for UTF-8 text; bytes that
  are not UTF-8 read as U+FFFD (the SSE rules), so only text that is not JSON fails.
- ``loads_body``: a whole response body, with ``json.loads``'s rules for bytes (UTF-8 with or
  without a BOM, UTF-16, UTF-32).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

__all__ = ["fast", "loads_body", "loads_event", "use_orjson"]

_std_loads = json.loads

Loads = Callable[[bytes], Any]

# Every digit becomes "0", every other byte a space: 19 zeros in a row are 19 digits in a row
# (the shortest integer outside orjson's range: -9223372036854775809).
_DIGITS = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_NUMBER = b"0" * 19


# The C scanner json.loads runs, called without json.loads's Python wrapper and its two
# whitespace regexes (a quarter of its time on a stream chunk); anything but a JSON text with no
# surrounding whitespace goes to json.loads itself, which then decides (and words any error).
_scan: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _text_std(text: str) -> Any:
    try:
        value, end = _scan(text, 0)
    except (StopIteration, ValueError):
        return _std_loads(text)
    if end == len(text):
        return value
    return _std_loads(text)


def _event_std(data: bytes) -> Any:
    try:
        text = data.decode()
    except UnicodeDecodeError:
        text = data.decode("utf-8", "replace")
    return _text_std(text)


def _body_std(data: bytes) -> Any:
    try:
        text = data.decode()  # text is faster: json.loads(bytes) sniffs the encoding
    except UnicodeDecodeError:
        return _std_loads(data)  # UTF-16/32: json's own rules
    try:
        return _text_std(text)
    except ValueError:  # a BOM, or not JSON: json's own rules (and error message)
        return _std_loads(data)


def _pick(enabled: bool) -> tuple[Loads, Loads]:
    if enabled:
        try:
            import orjson
        except ImportError:
            pass
        else:
            fast_loads = orjson.loads

            def event(data: bytes) -> Any:
                if _LONG_NUMBER in data.translate(_DIGITS):
                    return _event_std(data)  # maybe an integer orjson would round to a float
                try:
                    return fast_loads(data)
                except ValueError:  # orjson.JSONDecodeError: let ``json`` decide and word it
                    return _event_std(data)

            def body(data: bytes) -> Any:
                if _LONG_NUMBER in data.translate(_DIGITS):
                    return _body_std(data)
                try:
                    return fast_loads(data)
                except ValueError:
                    return _body_std(data)

            return event, body
    return _event_std, _body_std


# OPENROUTER_CLIENT_NO_ORJSON=1 turns the fast path off (to compare, or to rule it out).
loads_event, loads_body = _pick(not os.environ.get("OPENROUTER_CLIENT_NO_ORJSON"))


def fast() -> bool:
    """Whether orjson decodes (installed and not turned off)."""
    return loads_event is not _event_std


def use_orjson(enabled: bool) -> bool:
    """Turn the orjson fast path on (when installed) or off; returns whether it is on now.

    Streams opened afterwards use the new setting; tests use this to run both paths.
    """
    global loads_event, loads_body
    loads_event, loads_body = _pick(enabled)
    return fast()
