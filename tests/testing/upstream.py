"""The upstream spec (``spec/openrouter.yaml`` standardized, before our overlays) as an oracle:
what OpenRouter promises, which is what other clients (the official SDK) decode strictly."""

from __future__ import annotations

import functools
import re
from typing import Any

import jsonschema
import referencing
from referencing.jsonschema import DRAFT202012

from codegen.load import load_document
from codegen.standardize import standardize
from tests.conftest import ROOT

URI = "urn:openrouter:upstream"


@functools.cache
def upstream() -> dict[str, Any]:
    return standardize(load_document(ROOT / "spec" / "openrouter.yaml"))


@functools.cache
def _registry() -> referencing.Registry[Any]:
    resource = referencing.Resource(contents=upstream(), specification=DRAFT202012)
    return referencing.Registry().with_resource(URI, resource)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def media_types(method: str, path: str) -> tuple[str, list[str]]:
    """The operation's first 2xx status and its upstream media types."""
    operation = upstream()["paths"][path][method.lower()]
    for status, response in operation["responses"].items():
        if str(status).startswith("2"):
            return str(status), list(response.get("content") or {})
    raise AssertionError(f"{method} {path}: no success response")


def response_errors(method: str, path: str, status: str, media_type: str, body: Any) -> list[str]:
    """Every way ``body`` breaks the upstream schema of this response (empty: it conforms)."""
    pointer = "/".join(
        _escape(p)
        for p in ("paths", path, method.lower(), "responses", status, "content", media_type)
    )
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"{URI}#/{pointer}/schema"}, registry=_registry()
    )
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<body>'}: {e.message[:300]}"
        for e in validator.iter_errors(body)
    ]


def media_matches(declared: str, sent: str) -> bool:
    """``audio/mpeg`` is an ``audio/*``."""
    pattern = re.escape(declared).replace(r"\*", "[^/]+")
    return re.fullmatch(pattern, sent.split(";", 1)[0].strip()) is not None
