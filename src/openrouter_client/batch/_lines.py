"""The JSONL contract of a bulk run: OpenAI Batch lines in, OpenAI Batch result lines out.

In, one request per line: ``{"custom_id": "q1", "method": "POST", "url": "/v1/chat/completions",
"body": {...}}``; ``method`` (POST) and ``url`` (chat completions) may be left out. ``url`` may be
OpenAI's ``/v1/...``, OpenRouter's ``/api/v1/...`` or a bare path: it becomes a path under the
client's base URL.

Out, one line per finished request, in the order they finish (matched by ``custom_id``)::

    {"custom_id": "q1", "response": {"status_code": 200, "body": {...}}, "error": null}
    {"custom_id": "q2", "response": {"status_code": 400, "body": {"error": ...}},
     "error": {"code": "400", "message": "..."}}
    {"custom_id": "q3", "response": null, "error": {"code": "connection_error", "message": "..."}}
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .._checks import check_body

__all__ = [
    "DEFAULT_URL",
    "BatchInputError",
    "BatchRequest",
    "count_lines",
    "error_line",
    "read_requests",
    "result_line",
]

DEFAULT_URL = "/chat/completions"
_KEYS = frozenset({"custom_id", "method", "url", "body"})
_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class BatchInputError(ValueError):
    """A request line that cannot be read: not JSON, no ``custom_id``, a ``custom_id`` seen
    before. The run stops there (finished lines stay in the output; fix the line and rerun)."""


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """One request of a run. ``problem``: why it cannot be sent (recorded as its result)."""

    custom_id: str
    method: str
    path: str
    body: Any
    line: int = 0
    problem: str | None = None


def _path(url: Any) -> str | None:
    if not isinstance(url, str) or not url.strip():
        return None
    path = url.strip()
    if "://" in path:  # a full URL: keep what follows the API prefix
        path = "/" + path.split("://", 1)[1].partition("/")[2]
    path = "/" + path.lstrip("/")
    for prefix in ("/api/v1/", "/v1/"):
        if path.startswith(prefix):
            return "/" + path[len(prefix) :]
    return path


def parse_request(
    item: Any, line: int = 0, source: str = "requests", *, check: bool = True
) -> BatchRequest:
    """One input line (decoded) as a ``BatchRequest``; ``BatchInputError`` when it has no usable
    ``custom_id``; other problems are kept on the request (its result says what was wrong).

    ``check``: also check the body against the spec's request (JSON types, closed enums, nulls,
    required fields, message roles; unknown keys pass), so a body OpenRouter would refuse is not
    sent and paid for; what the spec gets wrong can be sent with ``check=False``.
    """
    where = f"{source} line {line}" if line else source
    if not isinstance(item, Mapping):
        raise BatchInputError(f"{where}: expected a JSON object, got {type(item).__name__}")
    custom_id = item.get("custom_id")
    if not isinstance(custom_id, str) or not custom_id:
        raise BatchInputError(f"{where}: every request needs a non-empty string custom_id")
    problems = []
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        problems.append(
            f"unknown key(s) {', '.join(map(repr, unknown))} (expected custom_id, "
            "method, url, body)"
        )
    method = item.get("method", "POST")
    if not isinstance(method, str) or method.upper() not in _METHODS:
        problems.append(f"method must be one of {', '.join(sorted(_METHODS))}, not {method!r}")
        method = "POST"
    path = _path(item.get("url", DEFAULT_URL))
    if path is None:
        problems.append(f"url must be a non-empty path such as {DEFAULT_URL!r}")
        path = DEFAULT_URL
    body = item.get("body")
    if method.upper() != "GET" and not isinstance(body, Mapping):
        problems.append("body must be a JSON object (the request body)")
    elif check and not problems and isinstance(body, Mapping):
        try:
            check_body(method.upper(), path, body)
        except (TypeError, ValueError) as exc:
            problems.append(f"body refused by the spec: {exc}")
    return BatchRequest(
        custom_id, method.upper(), path, body, line, "; ".join(problems) if problems else None
    )


def load_line(raw: bytes | str, where: str) -> Any:
    """One request line decoded; ``where`` names it in the error (file and line number)."""
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise BatchInputError(f"{where}: not JSON ({exc})") from None


def read_requests(
    source: str | os.PathLike[str] | Iterable[Any], *, check: bool = True
) -> Iterator[BatchRequest]:
    """The requests of ``source`` one at a time: a JSONL file (read lazily, blank lines skipped)
    or an iterable of dicts. Raises ``BatchInputError`` naming the line that cannot be read;
    ``check`` as for ``parse_request``."""
    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
        with open(name, "rb") as lines:
            for number, raw in enumerate(lines, 1):
                if not raw.strip():
                    continue
                item = load_line(raw, f"{name} line {number}")
                yield parse_request(item, number, name, check=check)
    else:
        for number, item in enumerate(source, 1):
            yield parse_request(item, number, check=check)


def count_lines(source: str | os.PathLike[str] | Iterable[Any]) -> int | None:
    """Requests in a file (non-blank lines; one fast pass over the bytes), or the length of a
    sized iterable; None when unknown."""
    if isinstance(source, str | os.PathLike):
        count = 0
        with open(source, "rb") as lines:
            for raw in lines:
                if not raw.isspace():
                    count += 1
        return count
    try:
        return len(source)  # type: ignore[arg-type]
    except TypeError:
        return None


def result_line(custom_id: str, status: int, body: Any, raw: bytes | None = None) -> bytes:
    """The output line of a request answered with a 2xx ``body``.

    ``raw``, the answer's bytes as they came, goes into the line untouched when it already is one
    line of UTF-8 JSON (what OpenRouter sends): numbers and escapes stay exactly as answered, and
    the body is not encoded a second time. Anything else is re-encoded from ``body``.
    """
    if raw is not None:
        raw = raw.strip(b" \t\r\n")
        if raw[:1] in (b"{", b"[") and not _BREAKS_A_LINE.search(raw) and _is_utf8(raw):
            head = f'{{"custom_id":{_dumps(custom_id)},"response":{{"status_code":{status},"body":'
            return head.encode() + raw + b'},"error":null}\n'
    return _encode(
        {
            "custom_id": custom_id,
            "response": {"status_code": status, "body": body},
            "error": None,
        }
    )


def error_line(
    custom_id: str, code: str, message: str, status: int | None = None, body: Any = None
) -> bytes:
    """The output line of a request that failed: with the HTTP answer when there was one."""
    response = None if status is None else {"status_code": status, "body": body}
    return _encode(
        {
            "custom_id": custom_id,
            "response": response,
            "error": {"code": code, "message": message},
        }
    )


_BREAKS_A_LINE = re.compile(rb"[\r\n\x00]")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode()
    except UnicodeDecodeError:
        return False
    return True


def _encode(record: dict[str, Any]) -> bytes:
    return (_dumps(record) + "\n").encode()  # compact: one line whatever the body held
