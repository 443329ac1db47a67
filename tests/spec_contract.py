"""The spec as a test oracle: validate a request body or a response body against the prepared spec.

The prepared spec (``generated/openrouter.prepared.json``: upstream + overlays, normalized) is an
OpenAPI 3.1 document, whose schemas are JSON Schema 2020-12; ``$ref``s resolve inside it.
Used by the contract suite and by any test that asserts "the JSON sent is what the spec allows".
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Mapping
from typing import Any

import jsonschema
import referencing
from referencing.jsonschema import DRAFT202012

from tests.conftest import ROOT

PREPARED = ROOT / "generated" / "openrouter.prepared.json"
URI = "urn:openrouter:prepared"


@functools.cache
def spec() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PREPARED.read_text(encoding="utf-8"))
    return data


@functools.cache
def _registry() -> referencing.Registry[Any]:
    resource = referencing.Resource(contents=spec(), specification=DRAFT202012)
    return referencing.Registry().with_resource(URI, resource)


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@functools.cache
def _validator(pointer: str) -> jsonschema.protocols.Validator:
    schema = {"$ref": f"{URI}#/{pointer}"}
    return jsonschema.Draft202012Validator(schema, registry=_registry())


def operation(method: str, path: str) -> dict[str, Any]:
    """The operation object; ``path`` may be concrete (``/generation``) or templated."""
    return dict(spec()["paths"][_template(method, path)][method.lower()])


def _template(method: str, path: str) -> str:
    paths = spec()["paths"]
    if path in paths:
        return path
    for template, item in paths.items():
        pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, path) and method.lower() in item:
            return template
    raise KeyError(f"no operation {method.upper()} {path} in the spec")


def request_errors(
    method: str, path: str, body: Any, content_type: str = "application/json"
) -> list[str]:
    """Every way ``body`` violates the operation's request schema (empty when it conforms)."""
    template = _template(method, path)
    pointer = _pointer(
        "paths", template, method.lower(), "requestBody", "content", content_type, "schema"
    )
    return _errors(pointer, body)


def response_errors(
    method: str, path: str, status: int | str, body: Any, content_type: str = "application/json"
) -> list[str]:
    """Every way ``body`` violates the operation's response schema for ``status``."""
    template = _template(method, path)
    pointer = _pointer(
        "paths",
        template,
        method.lower(),
        "responses",
        str(status),
        "content",
        content_type,
        "schema",
    )
    return _errors(pointer, body)


def _coerce(text: str) -> list[Any]:
    """The JSON values a query string value may stand for (``"1"`` is a string or a number)."""
    values: list[Any] = [text]
    with contextlib.suppress(ValueError):
        values.append(json.loads(text))
    return values


def query_errors(
    method: str, path: str, query: Mapping[str, list[str]] | Mapping[str, str]
) -> list[str]:
    """Every way the query string violates the operation's parameters: an unknown name, a
    repeated value, a missing required one, or a value no reading of which fits the schema."""
    template = _template(method, path)
    params = {
        p["name"]: (i, p)
        for i, p in enumerate(operation(method, template).get("parameters", []))
        if p["in"] == "query"
    }
    found: list[str] = []
    for name, raw in query.items():
        values = [raw] if isinstance(raw, str) else list(raw)
        if name not in params:
            found.append(f"{name}: not a query parameter of {method.upper()} {template}")
            continue
        if len(values) != 1:
            found.append(f"{name}: sent {len(values)} times")
        index = params[name][0]
        pointer = _pointer("paths", template, method.lower(), "parameters", str(index), "schema")
        for text in values:
            readings = [_errors(pointer, value) for value in _coerce(text)]
            if all(readings):
                found.append(f"{name}={text!r}: {readings[0][0]}")
    for name, (_, param) in params.items():
        if param.get("required") and name not in query:
            found.append(f"{name}: required query parameter missing")
    return found


def _errors(pointer: str, body: Any) -> list[str]:
    validator = _validator(pointer)
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<body>'}: {error.message}"
        for error in sorted(validator.iter_errors(body), key=lambda e: list(map(str, e.path)))
    ]


def assert_valid_request(method: str, path: str, body: Mapping[str, Any] | Any) -> None:
    """Fail the test, naming each violation, when ``body`` is not what the spec accepts."""
    errors = request_errors(method, path, body)
    assert not errors, f"{method.upper()} {path} body violates the spec:\n" + "\n".join(errors)
