"""What changed between two standardized specs: operations, and schema changes that break callers.

Both documents are standardized first (see :mod:`codegen.standardize`), so a 3.0 idiom in one and
its 3.1 spelling in the other compare equal. A change is *breaking* when code written against the
old spec can fail against the new one: something it sends is refused (a removed property or enum
value, a newly required field), or something it reads is gone, retyped or may now be absent.
Whether a schema is sent, read or both decides which (see :func:`schema_directions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..spec_walk import operations

Spec = dict[str, Any]
REF = "#/components/schemas/"
SENT, READ = "sent", "read"


@dataclass(frozen=True)
class Change:
    subject: str  # "POST /chat/completions" or "ChatRequest.reasoning.effort"
    detail: str
    breaking: bool


@dataclass
class OperationChanges:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[Change]] = field(default_factory=dict)


@dataclass
class SchemaChanges:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]


def path_key(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _label(method: str, path: str, operation: dict[str, Any]) -> str:
    return f"{method.upper()} {path} ({operation.get('operationId', '?')})"


def _ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return ref[len(REF) :] if isinstance(ref, str) and ref.startswith(REF) else None


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _unwrap(schema: Any) -> Any:
    """A one-member ``allOf`` is its member (3.0 specs wrap references that way)."""
    while isinstance(schema, dict) and isinstance(schema.get("allOf"), list):
        members = schema["allOf"]
        if len(members) != 1:
            break
        schema = members[0]
    return schema


def _nullable(schema: Any) -> bool:
    schema = _unwrap(schema)
    if not isinstance(schema, dict):
        return False
    if "null" in _types(schema):
        return True
    return any(
        _nullable(variant) for key in ("anyOf", "oneOf") for variant in schema.get(key) or []
    )


def signature(schema: Any) -> str:
    """A short text for what a schema accepts, ``null`` aside: ``ChatMessage``, ``string``,
    ``array[ChatMessage]``, ``A | B``, ``object``; equal signatures mean "the same type"."""
    schema = _unwrap(schema)
    if not isinstance(schema, dict):
        return "any"
    name = _ref_name(schema)
    if name is not None:
        return name
    for key in ("anyOf", "oneOf"):
        variants = [v for v in schema.get(key) or [] if _unwrap(v) != {"type": "null"}]
        if variants:
            return " | ".join(sorted({signature(variant) for variant in variants}))
    kinds = sorted(_types(schema) - {"null"})
    if "array" in kinds and isinstance(schema.get("items"), dict):
        kinds[kinds.index("array")] = f"array[{signature(schema['items'])}]"
    if not kinds and ("properties" in schema or "additionalProperties" in schema):
        kinds = ["object"]
    if not kinds and "enum" in schema:
        kinds = sorted({type(value).__name__ for value in schema["enum"] if value is not None})
    if not kinds and isinstance(schema.get("allOf"), list):
        return " & ".join(signature(member) for member in schema["allOf"])
    return " | ".join(kinds) or "any"


def _alternatives(text: str) -> list[str]:
    """The top-level alternatives of a signature (``A | array[B | C]`` -> ``A``, ``array[B | C]``)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth == 0 and text.startswith(" | ", index):
            parts.append(text[start:index])
            start = index + 3
    parts.append(text[start:])
    return parts


def _object_parts(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of an inline object (its inline ``allOf`` members merged)."""
    properties = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        if isinstance(member, dict) and _ref_name(member) is None:
            more, more_required = _object_parts(member)
            properties.update(more)
            required |= more_required
    return properties, required


def compare_schema(
    old: Any, new: Any, where: str, directions: set[str], depth: int = 0
) -> Iterator[Change]:
    """Changes from ``old`` to ``new`` at ``where``; recurses into inline objects and items."""
    old, new = _unwrap(old), _unwrap(new)
    if not isinstance(old, dict) or not isinstance(new, dict) or depth > 12:
        return
    sent, read = SENT in directions, READ in directions
    before, after = signature(old), signature(new)
    if before != after:
        old_kinds, new_kinds = set(_alternatives(before)), set(_alternatives(after))
        if old_kinds & new_kinds:
            # A union changed: senders lose what was removed, readers meet what was added.
            breaking = bool((sent and old_kinds - new_kinds) or (read and new_kinds - old_kinds))
        else:
            breaking = True
        yield Change(where, f"type {before} -> {after}", breaking)
        return
    if _nullable(old) != _nullable(new):
        if _nullable(new):
            yield Change(where, "may now be null", read)
        else:
            yield Change(where, "no longer accepts null", sent)
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if isinstance(old_enum, list) and isinstance(new_enum, list):
        gone = [value for value in old_enum if value not in new_enum and value is not None]
        added = [value for value in new_enum if value not in old_enum and value is not None]
        if gone:
            yield Change(where, f"enum values removed: {', '.join(map(str, gone))}", True)
        if added:
            # Lenient decoding keeps unknown values, so reading them does not fail.
            yield Change(where, f"enum values added: {', '.join(map(str, added))}", False)
    if _ref_name(old) is not None:
        return  # the referenced schema is compared under its own name
    old_props, old_required = _object_parts(old)
    new_props, new_required = _object_parts(new)
    for name in old_props:
        if name not in new_props:
            yield Change(f"{where}.{name}", "property removed", True)
    for name in new_props:
        if name not in old_props:
            required = name in new_required
            yield Change(
                f"{where}.{name}",
                "property added" + (" (required)" if required else ""),
                required and sent,
            )
    for name in old_props.keys() & new_props.keys():
        yield from compare_schema(
            old_props[name], new_props[name], f"{where}.{name}", directions, depth + 1
        )
        if name in new_required and name not in old_required:
            yield Change(f"{where}.{name}", "now required", sent)
        elif name in old_required and name not in new_required:
            yield Change(f"{where}.{name}", "no longer required: may be absent", read)
    if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
        yield from compare_schema(old["items"], new["items"], f"{where}[]", directions, depth + 1)


def _refs_in(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            name = _ref_name(current)
            if name is not None:
                yield name
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def schema_directions(spec: Spec) -> dict[str, set[str]]:
    """Component schema -> {"sent"} / {"read"} / both: reached from requests, responses or both."""
    component_schemas = (spec.get("components") or {}).get("schemas") or {}
    roots: dict[str, list[Any]] = {SENT: [], READ: []}
    for _, _, operation in operations(spec):
        roots[SENT] += [operation.get("parameters"), operation.get("requestBody")]
        roots[READ].append(operation.get("responses"))
    directions: dict[str, set[str]] = {}
    for direction, nodes in roots.items():
        todo = [name for node in nodes for name in _refs_in(node)]
        seen: set[str] = set()
        while todo:
            name = todo.pop()
            if name in seen or name not in component_schemas:
                continue
            seen.add(name)
            directions.setdefault(name, set()).add(direction)
            todo.extend(_refs_in(component_schemas[name]))
    return directions


def compare_schemas(old: Spec, new: Spec) -> SchemaChanges:
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    old_directions, new_directions = schema_directions(old), schema_directions(new)
    result = SchemaChanges(
        added=[name for name in new_schemas if name not in old_schemas],
        removed=[name for name in old_schemas if name not in new_schemas],
    )
    for name in old_schemas:
        if name in new_schemas:
            directions = old_directions.get(name, set()) | new_directions.get(name, set())
            result.changes.extend(
                compare_schema(old_schemas[name], new_schemas[name], name, directions or {READ})
            )
    return result


def _parameters(operation: dict[str, Any], item: dict[str, Any], spec: Spec) -> dict[str, Any]:
    """``"name (in)"`` -> parameter, path-item parameters included, ``$ref``s resolved."""
    shared = ((spec.get("components") or {}).get("parameters")) or {}
    found: dict[str, Any] = {}
    for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        ref = parameter.get("$ref") if isinstance(parameter, dict) else None
        if isinstance(ref, str):
            parameter = shared.get(ref.rsplit("/", 1)[-1], {})
        if isinstance(parameter, dict) and "name" in parameter:
            found[f"{parameter['name']} ({parameter.get('in', '?')})"] = parameter
    return found


def _media(holder: Any) -> dict[str, Any]:
    content = holder.get("content") if isinstance(holder, dict) else None
    return content if isinstance(content, dict) else {}


def compare_operation(
    old_op: dict[str, Any],
    new_op: dict[str, Any],
    old_context: tuple[dict[str, Any], Spec],
    new_context: tuple[dict[str, Any], Spec],
) -> list[Change]:
    """What changed in one operation that exists in both specs."""
    changes: list[Change] = []
    here = "operation"

    def add(subject: str, detail: str, breaking: bool) -> None:
        changes.append(Change(subject, detail, breaking))

    if old_op.get("operationId") != new_op.get("operationId"):
        add(here, f"operationId {old_op.get('operationId')} -> {new_op.get('operationId')} "
            "(its generated module and method are renamed)", True)  # fmt: skip
    if (old_op.get("tags") or [None])[0] != (new_op.get("tags") or [None])[0]:
        add(here, f"tag {old_op.get('tags')} -> {new_op.get('tags')} "
            "(it moves to another client.api group)", True)  # fmt: skip
    old_params = _parameters(old_op, *old_context)
    new_params = _parameters(new_op, *new_context)
    for name in old_params.keys() - new_params.keys():
        add(f"parameter {name}", "removed", True)
    for name in new_params.keys() - old_params.keys():
        required = bool(new_params[name].get("required"))
        add(f"parameter {name}", "added" + (" (required)" if required else ""), required)
    for name in sorted(old_params.keys() & new_params.keys()):
        old_param, new_param = old_params[name], new_params[name]
        if bool(new_param.get("required")) and not old_param.get("required"):
            add(f"parameter {name}", "now required", True)
        changes.extend(
            compare_schema(
                old_param.get("schema"), new_param.get("schema"), f"parameter {name}", {SENT}
            )
        )
    old_body, new_body = old_op.get("requestBody"), new_op.get("requestBody")
    if old_body and not new_body:
        add("request body", "removed", True)
    elif new_body and not old_body:
        add("request body", "added" + (" (required)" if new_body.get("required") else ""),
            bool(new_body.get("required")))  # fmt: skip
    elif old_body and new_body:
        old_media, new_media = _media(old_body), _media(new_body)
        if set(old_media) != set(new_media):
            add("request body", f"media types {sorted(old_media)} -> {sorted(new_media)}", True)
        for media_type in old_media.keys() & new_media.keys():
            changes.extend(
                compare_schema(
                    (old_media[media_type] or {}).get("schema"),
                    (new_media[media_type] or {}).get("schema"),
                    f"request body ({media_type})",
                    {SENT},
                )
            )
    old_responses = old_op.get("responses") or {}
    new_responses = new_op.get("responses") or {}
    for status in old_responses.keys() - new_responses.keys():
        add(f"response {status}", "removed", str(status).startswith("2"))
    for status in new_responses.keys() - old_responses.keys():
        add(f"response {status}", "added", False)
    for status in sorted(old_responses.keys() & new_responses.keys()):
        if not str(status).startswith("2"):
            continue
        old_media, new_media = _media(old_responses[status]), _media(new_responses[status])
        if set(old_media) != set(new_media):
            add(f"response {status}", f"media types {sorted(old_media)} -> {sorted(new_media)}",
                bool(set(old_media) - set(new_media)))  # fmt: skip
        for media_type in old_media.keys() & new_media.keys():
            changes.extend(
                compare_schema(
                    (old_media[media_type] or {}).get("schema"),
                    (new_media[media_type] or {}).get("schema"),
                    f"response {status} ({media_type})",
                    {READ},
                )
            )
    return changes


def compare_operations(old: Spec, new: Spec) -> OperationChanges:
    def index(spec: Spec) -> dict[tuple[str, str], tuple[str, str, dict[str, Any]]]:
        return {
            (method, path_key(path)): (path, method, op) for path, method, op in operations(spec)
        }

    old_index, new_index = index(old), index(new)
    result = OperationChanges()
    for key, (path, method, operation) in old_index.items():
        if key not in new_index:
            result.removed.append(_label(method, path, operation))
    for key, (path, method, operation) in new_index.items():
        if key not in old_index:
            result.added.append(_label(method, path, operation))
            continue
        old_path, _, old_op = old_index[key]
        changes = compare_operation(
            old_op, operation, (old["paths"][old_path], old), (new["paths"][path], new)
        )
        if changes:
            result.changed[_label(method, path, operation)] = changes
    return result
