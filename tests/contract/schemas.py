"""Schemas of the prepared spec as test material: a valid example value for any schema, and
self-contained (``$ref``-free) schemas for hypothesis-jsonschema.

Both work on JSON pointers into ``generated/openrouter.prepared.json`` so every value they make
is checked by the same oracle (``tests.spec_contract``) the tests use.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from tests.spec_contract import URI, _validator, spec

# OpenAPI / documentation keywords that are not JSON Schema constraints.
_ANNOTATIONS = frozenset(
    {"description", "example", "examples", "discriminator", "deprecated", "title", "readOnly"}
    | {"writeOnly", "externalDocs", "xml", "$comment", "default", "format"}
)

# Values for string formats (the spec's ``format`` words), valid for any sane consumer.
_FORMATS = {
    "date-time": "2025-01-02T03:04:05Z",
    "date": "2025-01-02",
    "uri": "https://example.com/a",
    "url": "https://example.com/a",
    "uuid": "00000000-0000-4000-8000-000000000001",
    "email": "user@example.com",
}


def pointer(*parts: str | int) -> str:
    """A JSON pointer (without ``#``) from unescaped parts."""
    return "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def at(ptr: str) -> Any:
    """The node of the prepared spec at ``ptr``."""
    node: Any = spec()
    for raw in ptr.split("/") if ptr else ():
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _deref(ptr: str) -> str:
    """Follow ``$ref``s (local ones) from ``ptr`` to a node that is not a bare reference."""
    seen = set()
    while (
        isinstance(at(ptr), dict) and "$ref" in at(ptr) and set(at(ptr)) <= _ANNOTATIONS | {"$ref"}
    ):
        ref = at(ptr)["$ref"]
        assert ref.startswith("#/"), f"non-local $ref {ref!r} at {ptr}"
        if ref in seen:
            break
        seen.add(ref)
        ptr = ref[2:]
    return ptr


def valid(ptr: str, value: Any) -> bool:
    return not any(True for _ in _validator(ptr).iter_errors(value))


def errors(ptr: str, value: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<value>'}: {e.message}"
        for e in _validator(ptr).iter_errors(value)
    ]


def example(ptr: str, *, full: bool = False, depth: int = 0) -> Any:
    """A deterministic value the schema at ``ptr`` accepts: its own ``example`` when that is
    valid, else one built from the schema (required properties only, unless ``full``)."""
    value = _example(ptr, full, depth)
    assert valid(ptr, value), f"no valid example for {ptr}: {errors(ptr, value)} ({value!r})"
    return value


@functools.cache
def _example_cached(ptr: str, full: bool, depth: int) -> Any:
    return _build(ptr, full, depth)


def _example(ptr: str, full: bool, depth: int) -> Any:
    return copy.deepcopy(_example_cached(ptr, full, depth))


def _build(ptr: str, full: bool, depth: int) -> Any:
    ptr = _deref(ptr)
    node = at(ptr)
    if node is True or node == {}:
        return "value"
    if full and "properties" in node and not {"anyOf", "oneOf", "allOf"} & set(node):
        return _object(ptr, node, full, depth)
    if "example" in node and node["example"] is not None and valid(ptr, node["example"]):
        return node["example"]
    if "const" in node:
        return node["const"]
    if "enum" in node:
        return next((v for v in node["enum"] if v is not None), None)
    if "$ref" in node:
        candidate = _example(node["$ref"][2:], False, depth + 1)
        if valid(ptr, candidate):
            return candidate
    for keyword in ("oneOf", "anyOf"):
        if keyword in node:
            branches = [pointer_join(ptr, keyword, i) for i in range(len(node[keyword]))]
            for branch in sorted(branches, key=lambda b: at(_deref(b)).get("type") == "null"):
                candidate = _example(branch, False, depth + 1)
                if "properties" in node or "required" in node:
                    own = _object(ptr, node, full, depth)
                    if isinstance(candidate, dict):
                        candidate = {**own, **candidate}
                if valid(ptr, candidate):
                    return candidate
    if "allOf" in node:
        merged: dict[str, Any] = {}
        for i in range(len(node["allOf"])):
            part = _example(pointer_join(ptr, "allOf", i), False, depth + 1)
            if isinstance(part, dict):
                merged.update(part)
        return merged
    types = node.get("type", "object" if "properties" in node else None)
    if isinstance(types, list):
        types = next((t for t in types if t != "null"), "null")
    return _typed(ptr, node, types, full, depth)


def pointer_join(ptr: str, *parts: str | int) -> str:
    return f"{ptr}/{pointer(*parts)}" if ptr else pointer(*parts)


def _object(ptr: str, node: dict[str, Any], full: bool, depth: int) -> dict[str, Any]:
    props = node.get("properties", {})
    names = list(props) if full else [n for n in node.get("required", ()) if n in props]
    out = {
        name: _example(pointer_join(ptr, "properties", name), False, depth + 1) for name in names
    }
    for name in node.get("required", ()):
        if name not in out:
            out[name] = "value"
    return out


def _typed(ptr: str, node: dict[str, Any], kind: Any, full: bool, depth: int) -> Any:
    if kind == "object" or kind is None:
        return _object(ptr, node, full, depth)
    if kind == "array":
        items = pointer_join(ptr, "items") if "items" in node else None
        item = _example(items, False, depth + 1) if items else "value"
        return [copy.deepcopy(item) for _ in range(max(1, node.get("minItems", 1)))]
    if kind == "string":
        if node.get("format") in _FORMATS:
            return _FORMATS[node["format"]]
        text = "value" if node.get("minLength", 0) <= 5 else "v" * node["minLength"]
        return text[: node.get("maxLength", len(text))]
    if kind in ("integer", "number"):
        value = 1
        if "minimum" in node:
            value = max(value, node["minimum"])
        if "exclusiveMinimum" in node:
            value = max(value, node["exclusiveMinimum"] + 1)
        if "maximum" in node:
            value = min(value, node["maximum"])
        return int(value) if kind == "integer" else value
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    raise AssertionError(f"unknown type {kind!r} at {ptr}")


# ---------------------------------------------------------------------------------------------
# Self-contained schemas for hypothesis-jsonschema (it does not follow references).


def inline(ptr: str, max_depth: int = 6) -> dict[str, Any]:
    """The schema at ``ptr`` with every ``$ref`` inlined and annotations dropped.

    A reference deeper than ``max_depth`` (or a second time on the same path: recursive schemas
    such as nested tool schemas) becomes ``{"const": <its example>}``: still exactly what the spec
    allows there, so every generated body stays valid, while the schema stays finite.
    """
    result = _inline(at(ptr), max_depth, ())
    assert isinstance(result, dict)
    return result


# Formats hypothesis-jsonschema generates; the others ("double", "int64"...) are annotations.
_KEPT_FORMATS = frozenset({"date-time", "date", "uuid", "email"})


def _inline(node: Any, budget: int, trail: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_inline(item, budget, trail) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    if "$ref" in node:
        ref = node["$ref"]
        if budget <= 0 or ref in trail:
            out = {"const": example(ref[2:])}
        else:
            out = _inline(at(ref[2:]), budget - 1, (*trail, ref))
        rest = _inline({k: v for k, v in node.items() if k != "$ref"}, budget, trail)
        return {"allOf": [out, rest]} if rest else out
    for key, value in node.items():
        if key == "format" and value in _KEPT_FORMATS:
            out[key] = value
        elif key in _ANNOTATIONS or key.startswith("x-"):
            continue
        elif key in ("properties", "patternProperties", "$defs"):
            out[key] = {name: _inline(sub, budget, trail) for name, sub in value.items()}
        elif key in ("anyOf", "oneOf", "allOf", "prefixItems"):
            out[key] = [_inline(sub, budget, trail) for sub in value]
        elif key in ("items", "additionalProperties", "not", "contains", "propertyNames"):
            out[key] = _inline(value, budget, trail)
        else:
            out[key] = value
    return out


__all__ = ["URI", "at", "errors", "example", "inline", "pointer", "valid"]
