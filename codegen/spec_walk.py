"""Where things are in an OpenAPI document: its operations and every Schema Object in it.

Shared by the standardize and normalize steps and the drift report, so that "every schema" means
the same everywhere: the component schemas, and the schemas of parameters, headers, request
bodies and responses (in components and in operations), with all their subschemas.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Spec = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords whose values are schemas: a mapping of them, one schema, or a list of them.
MAP_KEYWORDS = ("properties", "patternProperties", "dependentSchemas", "$defs")
SINGLE_KEYWORDS = (
    "additionalProperties",
    "items",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
)
LIST_KEYWORDS = ("allOf", "anyOf", "oneOf", "prefixItems")


def operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every ``(path, method, operation)`` of the document, in document order."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in ``node`` (pre-order, iterative: the upstream spec nests deeply)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(reversed(list(current.values())))
        elif isinstance(current, list):
            stack.extend(reversed(current))


def _dicts(values: Any) -> list[dict[str, Any]]:
    if isinstance(values, dict):
        values = values.values()
    elif not isinstance(values, list):
        return []
    return [value for value in values if isinstance(value, dict)]


def _holder_schemas(holder: Any) -> Iterator[dict[str, Any]]:
    """Schemas of a parameter, header or media holder: ``schema`` and ``content.*.schema``."""
    if not isinstance(holder, dict):
        return
    if isinstance(holder.get("schema"), dict):
        yield holder["schema"]
    for media in _dicts(holder.get("content")):
        if isinstance(media.get("schema"), dict):
            yield media["schema"]


def _response_schemas(response: Any) -> Iterator[dict[str, Any]]:
    yield from _holder_schemas(response)
    if isinstance(response, dict):
        for header in _dicts(response.get("headers")):
            yield from _holder_schemas(header)


def schema_roots(spec: Spec) -> Iterator[dict[str, Any]]:
    """The outermost Schema Objects of the document, in document order."""
    components = spec.get("components") or {}
    yield from _dicts(components.get("schemas"))
    for kind in ("parameters", "headers", "requestBodies"):
        for holder in _dicts(components.get(kind)):
            yield from _holder_schemas(holder)
    for response in _dicts(components.get("responses")):
        yield from _response_schemas(response)
    for item in _dicts(spec.get("paths")):
        for parameter in _dicts(item.get("parameters")):
            yield from _holder_schemas(parameter)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            for parameter in _dicts(operation.get("parameters")):
                yield from _holder_schemas(parameter)
            yield from _holder_schemas(operation.get("requestBody"))
            for response in _dicts(operation.get("responses")):
                yield from _response_schemas(response)


def subschemas(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The direct subschemas of ``schema`` (properties, items, union members...)."""
    for keyword in MAP_KEYWORDS:
        yield from _dicts(schema.get(keyword))
    for keyword in SINGLE_KEYWORDS:
        if isinstance(schema.get(keyword), dict):
            yield schema[keyword]
    for keyword in LIST_KEYWORDS:
        yield from _dicts(schema.get(keyword))


def schema_objects(spec: Spec) -> Iterator[dict[str, Any]]:
    """Every Schema Object, parents before children, lazily.

    A schema's children are looked up after the consumer has seen it, so a step may rewrite the
    schema in place (``clear()`` + ``update()``) and the rewritten schema's children are visited.
    """
    stack = list(reversed(list(schema_roots(spec))))
    while stack:
        schema = stack.pop()
        yield schema
        stack.extend(reversed(list(subschemas(schema))))
