"""What the mock received: requests as recorded, with credentials masked in every repr."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["Headers", "RecordedRequest", "mask_header"]

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie"})
API_PREFIX = "/api/v1"


def mask_header(name: str, value: str) -> str:
    """``value`` safe to print: credentials keep only their scheme (``Bearer ***``)."""
    if name.lower() not in _SECRET_HEADERS:
        return value
    scheme, sep, _ = value.partition(" ")
    return f"{scheme} ***" if sep else "***"


class Headers(Mapping[str, str]):
    """Request headers as received (order and spelling kept), looked up case-insensitively.

    Values are the real ones, so a test can check what its client sent; ``repr`` and ``str``
    mask credentials so an API key never lands in a log or an assertion message by accident.
    """

    __slots__ = ("_index", "_items")

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._items = items
        self._index: dict[str, str] = {}
        for name, value in items:
            key = name.lower()
            self._index[key] = f"{self._index[key]}, {value}" if key in self._index else value

    def __getitem__(self, name: str) -> str:
        return self._index[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def raw_items(self) -> list[tuple[str, str]]:
        """Every header line as received, in order (names in their original case)."""
        return list(self._items)

    def masked(self) -> dict[str, str]:
        """A printable copy (lower-case names) with credentials masked."""
        return {name: mask_header(name, value) for name, value in self._index.items()}

    def __repr__(self) -> str:
        return f"Headers({self.masked()!r})"

    __str__ = __repr__


_NOT_PARSED: Any = object()


class RecordedRequest:
    """One request as the mock received it; ``json`` is the parsed body (None if not JSON)."""

    __slots__ = (
        "_json",
        "body",
        "connection_id",
        "headers",
        "method",
        "path",
        "query",
        "query_string",
        "received_at",
        "target",
        "version",
    )

    def __init__(
        self,
        method: str,
        target: str,
        version: str,
        headers: Headers,
        body: bytes,
        connection_id: int,
    ) -> None:
        from urllib.parse import parse_qsl

        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        self.connection_id = connection_id
        path, _, query_string = target.partition("?")
        self.path = path
        self.query_string = query_string
        self.query: dict[str, str] = dict(parse_qsl(query_string, keep_blank_values=True))
        self._json: Any = _NOT_PARSED
        # time.monotonic() when the request was complete: to check a client's retry spacing.
        self.received_at = time.monotonic()

    @property
    def route(self) -> str | None:
        """The path under ``/api/v1`` (``/chat/completions``), or None for any other path."""
        if self.path == API_PREFIX:
            return "/"
        if self.path.startswith(API_PREFIX + "/"):
            return self.path[len(API_PREFIX) :]
        return None

    @property
    def json(self) -> Any:
        """The body parsed as JSON, or None when it is empty or not JSON."""
        if self._json is _NOT_PARSED:
            try:
                self._json = json.loads(self.body) if self.body else None
            except ValueError:
                self._json = None
        return self._json

    @property
    def text(self) -> str:
        """The body decoded as UTF-8 (undecodable bytes replaced)."""
        return self.body.decode("utf-8", "replace")

    @property
    def stream(self) -> bool:
        """Whether the JSON body asked for a stream (``"stream": true``)."""
        body = self.json
        return isinstance(body, dict) and body.get("stream") is True

    @property
    def bearer_token(self) -> str | None:
        """The token of ``Authorization: Bearer <token>``, if any (never shown in reprs)."""
        scheme, _, token = self.headers.get("authorization", "").partition(" ")
        return token.strip() or None if scheme.lower() == "bearer" else None

    def __repr__(self) -> str:
        return (
            f"RecordedRequest({self.method} {self.target}, headers={self.headers.masked()!r}, "
            f"body={len(self.body)} bytes)"
        )
