"""The spec as the mock sees it: operations, their default answers and request schemas.

Both come from data files codegen writes into the generated package (see
``codegen/mock_answers.py``), read on first use and shared by every mock in the process, so
starting a mock costs nothing and the first request reads them once (a few milliseconds).
"""

from __future__ import annotations

import copy
import functools
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

__all__ = ["Operation", "answers", "find_operation", "request_schemas"]

_PACKAGE = "openrouter_api"


def _load(name: str) -> Any:
    from importlib.resources import files

    return json.loads(files(_PACKAGE).joinpath(name).read_bytes())


@functools.cache
def answers() -> dict[str, Any]:
    """``{"operations": {"GET /keys": {"status", "media": [...]}}, "collections": [...]}``."""
    data: dict[str, Any] = _load("_mock_answers.json")
    return data


@functools.cache
def request_schemas() -> dict[str, Any]:
    """``{"operations": {"POST /keys": {"body", "parameters"}}, "components": {...}}``."""
    data: dict[str, Any] = _load("_mock_requests.json")
    return data


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec a request was routed to."""

    method: str
    template: str  # "/keys/{hash}"
    params: dict[str, str]  # path parameters, percent-decoded

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"

    def media(self, media_type: str | None = None) -> dict[str, Any] | None:
        """The default answer for one media type (the first one when ``None``)."""
        entry = answers()["operations"].get(self.key)
        if not entry or not entry["media"]:
            return None
        for media in entry["media"]:
            if media_type is None or media["type"] == media_type:
                found: dict[str, Any] = media
                return found
        return None

    def event(self, kind: str, **fields: Any) -> dict[str, Any]:
        """A stream event of type ``kind`` (the spec's, valid) with ``fields`` set on it."""
        media = self.media("text/event-stream") or {}
        template = (media.get("templates") or {}).get(kind, {"type": kind})
        return {**copy.deepcopy(template), **fields}

    @property
    def status(self) -> int:
        entry = answers()["operations"].get(self.key)
        return int(entry["status"]) if entry else 200

    def body(self) -> Any:
        """A fresh copy of the default JSON answer (None when the operation has none)."""
        for media in (answers()["operations"].get(self.key) or {}).get("media", ()):
            if "body" in media:
                return copy.deepcopy(media["body"])
        return None


@functools.cache
def _routes() -> tuple[dict[str, list[str]], list[tuple[re.Pattern[str], str, tuple[str, ...]]]]:
    """Literal paths by path, and templated ones as regular expressions, most literal first."""
    literal: dict[str, list[str]] = {}
    templated: dict[str, list[str]] = {}
    for key in answers()["operations"]:
        method, template = key.split(" ", 1)
        target = templated if "{" in template else literal
        target.setdefault(template, []).append(method)
    patterns = []
    for template in sorted(templated, key=lambda t: (t.count("{"), -len(t))):
        names = tuple(re.findall(r"\{([^}]+)\}", template))
        regex = re.escape(template)
        for name in names:
            regex = regex.replace(re.escape("{" + name + "}"), "([^/]+)", 1)
        patterns.append((re.compile(regex), template, names))
    return literal, patterns


def find_operation(method: str, route: str) -> Operation | bool | None:
    """The operation ``method route`` is, None when no path matches, False when a path matches
    but not for this method."""
    literal, patterns = _routes()
    operations = answers()["operations"]
    if route in literal:
        if f"{method} {route}" in operations:
            return Operation(method, route, {})
        path_matched = True
    else:
        path_matched = False
    for regex, template, names in patterns:
        match = regex.fullmatch(route)
        if match is None:
            continue
        if f"{method} {template}" in operations:
            params = {
                name: unquote(value) for name, value in zip(names, match.groups(), strict=True)
            }
            return Operation(method, template, params)
        path_matched = True
    return False if path_matched else None
