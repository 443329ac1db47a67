"""Request-check tables (``openrouter_api._checks``): what each operation accepts, as data.

The facade checks every call against these before anything is sent: parameter and top-level
body field names (an unknown one is a ``TypeError`` naming the close match), JSON types, enums
the spec closes, ``null`` only where the spec allows it, ``minItems``, and items of arrays whose
schema names a discriminator (a chat message's ``role`` and the fields that role requires).
Nothing here needs a schema library at run time: the tables are plain literals.

Type codes: ``s`` string, ``i`` integer, ``n`` number, ``b`` boolean, ``a`` array, ``o`` object,
``z`` null; an empty string means "anything" (the spec does not say, or says too much to check
cheaply). A rule is ``(types, enum or None, minItems or None, item rule name or None)``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SCHEMA_PREFIX = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_CODES = {
    "string": "s",
    "integer": "i",
    "number": "n",
    "boolean": "b",
    "array": "a",
    "object": "o",
    "null": "z",
}
ANY = ""

Rule = tuple[str, tuple[Any, ...] | None, int | None, str | None]


class _Tables:
    """Walks one prepared spec; item rules are shared by name between operations."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
        self.items: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {}

    def resolve(self, schema: Any, seen: frozenset[str] = frozenset()) -> Any:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if not ref.startswith(SCHEMA_PREFIX) or ref in seen:
                return {}
            seen = seen | {ref}
            schema = self.schemas.get(ref[len(SCHEMA_PREFIX) :], {})
        return schema if isinstance(schema, dict) else {}

    def types_and_enum(self, schema: Any, depth: int = 0) -> tuple[str, tuple[Any, ...] | None]:
        """The JSON types a value may have (codes, sorted) and the closed enum, if any."""
        schema = self.resolve(schema)
        if depth > 8 or not schema:
            return ANY, None
        if "const" in schema:
            return _code_of_values([schema["const"]]), (schema["const"],)
        variants = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(variants, list) and variants:
            codes: set[str] = set()
            enum: list[Any] | None = []
            for variant in variants:
                kind, values = self.types_and_enum(variant, depth + 1)
                if kind == ANY:
                    return ANY, None
                codes.update(kind)
                if values is None:
                    if set(kind) - {"z"}:  # an open variant (not just null) opens the enum
                        enum = None
                elif enum is not None:
                    enum.extend(v for v in values if v not in enum)
            return "".join(sorted(codes)), (tuple(enum) if enum else None)
        if "allOf" in schema:
            parts = schema["allOf"]
            if isinstance(parts, list) and len(parts) == 1:
                return self.types_and_enum(parts[0], depth + 1)
            return ANY, None
        declared = schema.get("type")
        values = schema.get("enum")
        if declared is None and isinstance(values, list) and values:
            codes_of = _code_of_values(values)
            return codes_of, (
                tuple(v for v in values if v is not None) or None
            ) if codes_of else None
        kinds = [declared] if isinstance(declared, str) else declared
        if not isinstance(kinds, list) or not all(k in _CODES for k in kinds):
            return ANY, None
        codes = {_CODES[k] for k in kinds}
        if "i" in codes and "n" in codes:
            codes.discard("i")
        if isinstance(values, list) and values:
            if None in values:
                codes.add("z")
            return "".join(sorted(codes)), tuple(v for v in values if v is not None) or None
        return "".join(sorted(codes)), None

    def rule(self, schema: Any) -> Rule:
        resolved = self.resolve(schema)
        kind, enum = self.types_and_enum(schema)
        if enum is not None and not all(isinstance(v, str) for v in enum):
            enum = None  # numeric enums are rare and better left to the server
        min_items = resolved.get("minItems") if kind == "a" else None
        if not isinstance(min_items, int) or isinstance(min_items, bool) or min_items < 1:
            min_items = None
        items = self.item_rule(resolved.get("items")) if kind == "a" else None
        return (kind, enum, min_items, items)

    def item_rule(self, items: Any) -> str | None:
        """The name of the check for the items of an array: items that are a union the spec
        discriminates by a property (``role``), each value with the keys its variant requires."""
        if not isinstance(items, dict):
            return None
        ref = items.get("$ref")
        name = ref[len(SCHEMA_PREFIX) :] if isinstance(ref, str) else None
        schema = self.resolve(items)
        discriminator = schema.get("discriminator")
        variants = schema.get("oneOf") or schema.get("anyOf")
        if not isinstance(discriminator, dict) or not isinstance(variants, list):
            return None
        key = discriminator.get("propertyName")
        if not isinstance(key, str) or name is None:
            return None
        if name in self.items:
            return name
        required: dict[str, tuple[str, ...]] = {}
        for variant in variants:
            variant = self.resolve(variant)
            tag = variant.get("properties", {}).get(key)
            _, values = self.types_and_enum(tag) if tag is not None else (ANY, None)
            if not values:
                return None  # a variant that does not fix the discriminator: nothing to check
            keys = tuple(k for k in variant.get("required", []) if isinstance(k, str))
            for value in values:
                required[str(value)] = keys
        self.items[name] = (key, dict(sorted(required.items())))
        return name

    def operation(self, op: dict[str, Any], shared: list[Any]) -> dict[str, Any]:
        params: dict[str, Rule] = {}
        for parameter in [*shared, *op.get("parameters", [])]:
            parameter = self.resolve(parameter) if "$ref" in parameter else parameter
            name = parameter.get("name")
            if isinstance(name, str) and parameter.get("in") in ("path", "query", "header"):
                params[name] = self.rule(parameter.get("schema", {}))
        table: dict[str, Any] = {"params": dict(sorted(params.items()))}
        media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        body = self.resolve(media.get("schema")) if media else {}
        if body.get("type") == "object" and isinstance(body.get("properties"), dict):
            fields = {name: self.rule(schema) for name, schema in body["properties"].items()}
            table["body"] = {
                "fields": dict(sorted(fields.items())),
                "required": tuple(sorted(k for k in body.get("required", []) if k in fields)),
                # a body open to more than its properties: unknown fields are not refused
                "open": bool(body.get("additionalProperties")),
            }
        return table


def _code_of_values(values: list[Any]) -> str:
    codes = set()
    for value in values:
        if value is None:
            codes.add("z")
        elif isinstance(value, bool):
            codes.add("b")
        elif isinstance(value, int | float):
            codes.add("n")
        elif isinstance(value, str):
            codes.add("s")
        else:
            return ANY
    return "".join(sorted(codes))


def build_tables(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``("METHOD /path" -> table, item rule name -> rule)`` for every operation of ``spec``."""
    walker = _Tables(spec)
    operations: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                operations[f"{method.upper()} {path}"] = walker.operation(op, shared)
    return dict(sorted(operations.items())), dict(sorted(walker.items.items()))


def render(spec: dict[str, Any]) -> str:
    operations, items = build_tables(spec)
    lines = [
        '"""What each operation accepts, for the checks made before a request is sent.',
        "",
        "Generated by codegen/request_checks.py from the prepared spec; see that module for the",
        "encoding. Never edit by hand.",
        '"""',
        "",
        "from typing import Any",
        "",
        "OPERATIONS: dict[str, Any] = {",
        *(f"    {json.dumps(key)}: {_literal(value)}," for key, value in operations.items()),
        "}",
        "",
        "ITEMS: dict[str, Any] = {",
        *(f"    {json.dumps(key)}: {_literal(value)}," for key, value in items.items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def _literal(value: Any) -> str:
    """``value`` as Python source (JSON-compatible data, tuples and None)."""
    if isinstance(value, dict):
        inner = ", ".join(f"{json.dumps(k)}: {_literal(v)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, tuple | list):
        inner = ", ".join(_literal(v) for v in value)
        return "(" + inner + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


def generate_checks(spec: dict[str, Any], target: Path) -> None:
    target.write_text(render(spec), encoding="utf-8")
