"""A deterministic JSON value that a JSON Schema accepts, optionally shaped after a hint.

Used twice: at codegen time to turn the spec's response schemas (guided by the spec's own
examples) into the mock's default answers, and at run time to answer a request's
``response_format`` schema or a tool's ``parameters`` with something that fits.

The value is built top-down: a hint (an example) is kept wherever it fits the schema at that
point and replaced only where it does not, so an example missing a required field gains just
that field. Unions pick the branch the hint looks like, else the first non-null one; ``accept``
(a full validator, when one is at hand) decides between branches the shape alone cannot tell
apart. Standard library only.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["MISSING", "Accept", "instance"]

Accept = Callable[[Any, Any], bool]  # (value, schema) -> whether the schema accepts value


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

_FORMATS: dict[str, str] = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "time": "00:00:00",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uri-reference": "https://example.com/",
    "email": "user@example.com",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "binary": "",
    "byte": "",
}
_TYPE_OF: dict[type, str] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
    list: "array",
    dict: "object",
}
# Beyond this many nested references, build the smallest value (recursive schemas end).
_MAX_DEPTH = 24
_COMBINERS = ("anyOf", "oneOf", "allOf")


def instance(
    schema: Any,
    *,
    root: Any = None,
    hint: Any = MISSING,
    full: bool = False,
    complete: bool = False,
    accept: Accept | None = None,
) -> Any:
    """A value ``schema`` accepts. ``root``: the document local ``$ref``s (``#/...``) point
    into (default: ``schema`` itself); ``hint``: a value to keep where it fits; ``full``: fill
    every declared property, not only required ones; ``complete``: fill the declared
    properties a hinted object (an example) lacks, so a client that expects an optional field
    finds it; ``accept``: a validator for unions."""
    builder = _Builder(schema if root is None else root, full, accept, complete)
    return builder.build(schema, hint, 0)


def json_type(value: Any) -> str:
    """The JSON Schema type name of a decoded JSON value (``1`` is an integer, ``1.0`` a
    number)."""
    if isinstance(value, float) and value.is_integer():
        return "integer"
    return _TYPE_OF.get(type(value), "object" if isinstance(value, Mapping) else "string")


def _types(node: Mapping[str, Any]) -> list[str]:
    kind = node.get("type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [k for k in kind if isinstance(k, str)]
    if "properties" in node or "required" in node or "additionalProperties" in node:
        return ["object"]
    if "items" in node or "prefixItems" in node:
        return ["array"]
    return []


def _type_fits(value: Any, kinds: list[str]) -> bool:
    if not kinds:
        return True
    actual = json_type(value)
    return actual in kinds or (actual == "integer" and "number" in kinds)


class _Builder:
    def __init__(self, root: Any, full: bool, accept: Accept | None, complete: bool) -> None:
        self.root = root
        self.full = full
        self.complete = complete
        self.accept = accept

    # -- references and composition -------------------------------------------------------

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise ValueError(f"only local $ref is supported, got {ref!r}")
        node = self.root
        for raw in ref[1:].split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def flatten(self, node: Any, depth: int) -> Any:
        """``node`` with ``$ref`` and ``allOf`` merged into one schema (a shallow merge)."""
        if not isinstance(node, Mapping):
            return node
        if "$ref" not in node and "allOf" not in node:
            return node
        parts: list[Any] = []
        if "$ref" in node and depth < _MAX_DEPTH:
            parts.append(self.flatten(self.resolve(node["$ref"]), depth + 1))
        parts += [self.flatten(part, depth + 1) for part in node.get("allOf", ())]
        rest = {k: v for k, v in node.items() if k not in ("$ref", "allOf")}
        merged: dict[str, Any] = {}
        for part in [*parts, rest]:
            if part is False:
                return False
            if not isinstance(part, Mapping):
                continue
            for key, value in part.items():
                if key == "properties" and isinstance(merged.get(key), Mapping):
                    combined = dict(merged[key])
                    for name, sub in value.items():
                        combined[name] = (
                            {"allOf": [combined[name], sub]} if name in combined else sub
                        )
                    merged[key] = combined
                elif key == "required" and isinstance(merged.get(key), list):
                    merged[key] = [*merged[key], *(n for n in value if n not in merged[key])]
                elif key == "type" and key in merged:
                    merged[key] = _intersect(merged[key], value)
                else:
                    merged[key] = value
        return merged

    def fits(self, value: Any, node: Any) -> bool:
        return self.accept is None or self.accept(value, node)

    # -- building -----------------------------------------------------------------------------

    def build(self, node: Any, hint: Any, depth: int) -> Any:
        node = self.flatten(node, depth)
        if node is True or node is None or node == {}:
            return "example" if hint is MISSING else hint
        if node is False:
            return None
        if "const" in node:
            return node["const"]
        if "enum" in node:
            kinds = _types(node)
            options = [v for v in node["enum"] if _type_fits(v, kinds)] or node["enum"]
            if hint is not MISSING and hint in options:
                return hint
            return next((v for v in options if v is not None), options[0] if options else None)
        for keyword in ("oneOf", "anyOf"):
            if keyword in node:
                return self.union(node, keyword, hint, depth)
        if hint is MISSING:
            for key in ("example", "default"):
                if key in node and self.shallow_fits(node[key], node):
                    hint = node[key]
                    break
            else:
                examples = node.get("examples")
                if isinstance(examples, list) and examples:
                    hint = examples[0]
        kinds = _types(node)
        kind = self.pick_type(kinds, hint)
        if kind == "object":
            return self.object(node, hint if isinstance(hint, Mapping) else MISSING, depth)
        if kind == "array":
            return self.array(node, hint if isinstance(hint, list) else MISSING, depth)
        if kind == "null":
            return None
        if hint is not MISSING and self.shallow_fits(hint, node):
            return hint
        if kind == "string":
            return self.string(node)
        if kind in ("integer", "number"):
            return self.number(node, kind)
        if kind == "boolean":
            return True
        return "example" if hint is MISSING else hint

    def nullable(self, node: Any, depth: int) -> bool:
        node = self.flatten(node, depth + 1)
        if not isinstance(node, Mapping):
            return False
        if "type" in node:  # an explicit type decides, whatever the branches allow
            return "null" in _types(node)
        if "enum" in node or "const" in node:
            return None in node.get("enum", [node.get("const", 0)])
        return any(
            self.nullable(branch, depth + 1)
            for keyword in ("anyOf", "oneOf")
            for branch in node.get(keyword, ())
        )

    def pick_type(self, kinds: list[str], hint: Any) -> str | None:
        if hint is not MISSING:
            actual = json_type(hint)
            if actual in kinds or not kinds:
                return actual
            if actual == "integer" and "number" in kinds:
                return "number"
        return next((k for k in kinds if k != "null"), kinds[0] if kinds else None)

    def shallow_fits(self, value: Any, node: Mapping[str, Any]) -> bool:
        """Whether a scalar fits this schema node's own constraints (not its children)."""
        if not _type_fits(value, _types(node)):
            return False
        if "enum" in node and value not in node["enum"]:
            return False
        if "const" in node and value != node["const"]:
            return False
        if isinstance(value, str):
            if len(value) < node.get("minLength", 0) or len(value) > node.get("maxLength", 1e18):
                return False
            pattern = node.get("pattern")
            if isinstance(pattern, str) and not _search(pattern, value):
                return False
            if node.get("format") == "date-time" and not _is_datetime(value):
                return False
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if not _in_bounds(value, node):
                return False
        elif isinstance(value, list | Mapping):
            return self.fits(value, node)
        return True

    def union(self, node: Mapping[str, Any], keyword: str, hint: Any, depth: int) -> Any:
        own = {k: v for k, v in node.items() if k not in (keyword, "discriminator")}
        branches = [self.flatten(branch, depth + 1) for branch in node[keyword]]
        branches = [
            self.flatten({"allOf": [own, b]}, depth + 1) if own else b
            for b in branches
            if b is not False
        ]
        if not branches:
            return None
        order = sorted(
            range(len(branches)),
            key=lambda i: (-self.likeness(hint, branches[i]), _is_null(branches[i]), i),
        )
        first: Any = MISSING
        for index in order:
            candidate = self.build(branches[index], hint, depth + 1)
            if first is MISSING:
                first = candidate
            if self.accept is None or self.accept(candidate, node):
                return candidate
        return first

    def likeness(self, hint: Any, branch: Any) -> int:
        """How much ``hint`` looks like a value of ``branch``: 0 (not at all) to 3."""
        if hint is MISSING or not isinstance(branch, Mapping):
            return 0
        if not _type_fits(hint, _types(branch)):
            return 0
        if "const" in branch or "enum" in branch:
            return 3 if self.shallow_fits(hint, branch) else 0
        if not isinstance(hint, Mapping):
            return 2 if self.shallow_fits(hint, branch) else 1
        properties = branch.get("properties") or {}
        score = 1
        for name, sub in properties.items():
            sub = self.flatten(sub, _MAX_DEPTH - 1)
            if name in hint and isinstance(sub, Mapping) and ("const" in sub or "enum" in sub):
                if not self.shallow_fits(hint[name], sub):
                    return 0  # a discriminator that says "not this branch"
                score = 3
        required = [n for n in branch.get("required", ()) if isinstance(n, str)]
        if all(n in hint for n in required) and score < 3:
            score = 2
        if branch.get("additionalProperties") is False and not set(hint) <= set(properties):
            return 0
        return score

    def object(self, node: Mapping[str, Any], hint: Any, depth: int) -> dict[str, Any]:
        properties: Mapping[str, Any] = node.get("properties") or {}
        required = [n for n in node.get("required", ()) if isinstance(n, str)]
        extra = node.get("additionalProperties", True)
        shallow = depth >= _MAX_DEPTH
        if hint is not MISSING:
            names = [*hint, *(n for n in required if n not in hint)]
            if (self.full or self.complete) and not shallow:
                names += [n for n in properties if n not in names]
        elif self.full and not shallow:
            names = [*properties, *(n for n in required if n not in properties)]
        else:
            names = required
        result: dict[str, Any] = {}
        for name in names:
            given = MISSING if hint is MISSING else hint.get(name, MISSING)
            filler = given is MISSING and hint is not MISSING and name not in required
            if name in properties and filler and self.nullable(properties[name], depth):
                result[name] = None  # an optional field filled only for completeness
            elif name in properties:
                result[name] = self.build(properties[name], given, depth + 1)
            elif extra is False:
                continue  # an example's field the schema does not allow
            elif isinstance(extra, Mapping) and extra:
                result[name] = self.build(extra, given, depth + 1)
            else:
                result[name] = "example" if given is MISSING else given
        low = int(node.get("minProperties", 0))
        for name in properties:
            if len(result) >= low:
                break
            if name not in result:
                result[name] = self.build(properties[name], MISSING, depth + 1)
        return result

    def array(self, node: Mapping[str, Any], hint: Any, depth: int) -> list[Any]:
        items = node.get("items", True)
        prefix = node.get("prefixItems") or []
        low = int(node.get("minItems", 0))
        high = int(node.get("maxItems", 1 << 30))
        if hint is not MISSING:
            count = min(max(len(hint), low), high)
        else:
            count = min(max(1, low), high) if depth < _MAX_DEPTH else low
        values: list[Any] = []
        for index in range(count):
            schema = prefix[index] if index < len(prefix) else items
            given = hint[index] if hint is not MISSING and index < len(hint) else MISSING
            if given is MISSING and values and index >= len(prefix):
                given = values[-1]
            values.append(self.build(schema, given, depth + 1))
        return values

    def string(self, node: Mapping[str, Any]) -> str:
        low = int(node.get("minLength", 0))
        high = int(node.get("maxLength", 1 << 30))
        candidates = []
        fmt = node.get("format")
        if isinstance(fmt, str) and fmt in _FORMATS:
            candidates.append(_FORMATS[fmt])
        candidates += ["example", "a", "0", "A", "example-1", "x" * max(low, 1)]
        pattern = node.get("pattern")
        for text in candidates:
            text = (text * (1 + low // max(len(text), 1)))[: max(low, min(len(text), high))]
            if low <= len(text) <= high and (
                not isinstance(pattern, str) or _search(pattern, text)
            ):
                return text
        return candidates[0]

    def number(self, node: Mapping[str, Any], kind: str) -> int | float:
        value: float = 1
        if "minimum" in node:
            value = max(value, node["minimum"])
        if "exclusiveMinimum" in node and isinstance(node["exclusiveMinimum"], int | float):
            value = max(value, node["exclusiveMinimum"] + (1 if kind == "integer" else 0.5))
        if "maximum" in node:
            value = min(value, node["maximum"])
        if "exclusiveMaximum" in node and isinstance(node["exclusiveMaximum"], int | float):
            limit = node["exclusiveMaximum"]
            if value >= limit:
                value = limit - 1 if kind == "integer" else limit / 2 if limit > 0 else limit - 1
        step = node.get("multipleOf")
        if isinstance(step, int | float) and step > 0:
            value = step * max(1, round(value / step))
        return int(value) if kind == "integer" else value


def _intersect(a: Any, b: Any) -> Any:
    left = [a] if isinstance(a, str) else list(a)
    right = [b] if isinstance(b, str) else list(b)
    both = [t for t in left if t in right]
    return both[0] if len(both) == 1 else both or right


def _is_null(node: Any) -> bool:
    return isinstance(node, Mapping) and _types(node) == ["null"]


def _in_bounds(value: float, node: Mapping[str, Any]) -> bool:
    if "minimum" in node and value < node["minimum"]:
        return False
    if "maximum" in node and value > node["maximum"]:
        return False
    low, high = node.get("exclusiveMinimum"), node.get("exclusiveMaximum")
    if isinstance(low, int | float) and value <= low:
        return False
    return not (isinstance(high, int | float) and value >= high)


def _search(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return True  # a pattern Python cannot read (ECMA-only syntax): not ours to judge


def _is_datetime(text: str) -> bool:
    try:
        datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
