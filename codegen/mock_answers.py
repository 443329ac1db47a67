"""What MockOpenRouter needs from the spec at run time, computed once at codegen time.

Two data files go into the generated package (so they ship in the wheel):

- ``_mock_answers.json``: per operation, the default answer of its first 2xx response for each
  media type, and the collections (list/create/get/update/delete families such as ``/keys``) the
  mock keeps state for. A JSON answer is the spec's own example where it fits the upstream
  schema, repaired where it does not (a missing required field added), else a deterministic
  value built from the schema. Answers follow the *upstream* schema, not our overlays: the
  official SDK and other clients decode what OpenRouter promises, so required fields an overlay
  relaxes are still present.
- ``_mock_requests.json``: each operation's request body and parameter schemas from the prepared
  spec (what our client sends), with documentation keywords dropped and only the component
  schemas they reference, so the mock can validate requests without the 1.4 MB prepared spec.

Both are plain JSON read lazily by ``openrouter_client.testing``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema

from openrouter_client.testing._instance import MISSING, instance

__all__ = ["ANSWERS_FILE", "REQUESTS_FILE", "build_mock_data", "write_mock_data"]

Spec = dict[str, Any]
ANSWERS_FILE = "_mock_answers.json"
REQUESTS_FILE = "_mock_requests.json"
METHODS = ("get", "put", "post", "delete", "patch")
# Schema keywords that only document; property *names* are never touched.
_ANNOTATIONS = frozenset(
    {"description", "example", "examples", "title", "deprecated", "externalDocs", "xml"}
    | {"discriminator", "readOnly", "writeOnly", "$comment", "default"}
)
_NAMED_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_VALUES = frozenset(
    {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"}
    | {"unevaluatedProperties", "unevaluatedItems"}
)
_REF = re.compile(r"^#/components/schemas/([^/]+)$")


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def _success(operation: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    for status, response in (operation.get("responses") or {}).items():
        if str(status).startswith("2") and isinstance(response, dict):
            return str(status), response
    return None


class _Validator:
    """jsonschema for any schema node of one document: the node is validated inside a schema that
    also holds the document's ``components``, so its ``#/components/...`` references resolve."""

    def __init__(self, document: Spec) -> None:
        self._components = document.get("components", {})

    def _validator(self, schema: Any) -> Any:
        wrapped = {"components": self._components, "allOf": [schema]}
        return jsonschema.Draft202012Validator(wrapped)

    def errors(self, value: Any, schema: Any) -> list[str]:
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<body>'}: {e.message[:200]}"
            for e in self._validator(schema).iter_errors(value)
        ]

    def accepts(self, value: Any, schema: Any) -> bool:
        return bool(self._validator(schema).is_valid(value))


def _media_example(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict):
        for entry in examples.values():
            if isinstance(entry, dict) and "value" in entry:
                return entry["value"]
    return MISSING


def _resolve(document: Spec, node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 32:
        match = _REF.match(node["$ref"])
        if not match:
            break
        node = document["components"]["schemas"][match.group(1).replace("~1", "/")]
        seen += 1
    return node


def _answer_for(
    document: Spec, validator: _Validator, media_type: str, media: dict[str, Any], where: str
) -> tuple[dict[str, Any], list[str]]:
    """The default answer for one media type of a success response, and what is wrong with it."""
    schema = media.get("schema", {})
    resolved = _resolve(document, schema)
    hint = _media_example(media)
    if media_type == "text/event-stream":
        properties = resolved.get("properties", {}) if isinstance(resolved, dict) else {}
        if "data" not in properties:
            return {"type": media_type, "events": []}, []  # declared, but never streamed
        event = instance(schema, root=document, hint=hint, complete=True, accept=validator.accepts)
        problems = [f"{where}: {p}" for p in validator.errors(event, schema)]
        entry: dict[str, Any] = {"type": media_type, "events": [event]}
        templates = _event_templates(document, validator, properties["data"], where, problems)
        if templates:
            entry["templates"] = templates
        return entry, problems
    if not media_type.endswith("json"):
        textual = isinstance(resolved, dict) and resolved.get("type") == "string"
        if not textual or resolved.get("format") == "binary" or "*" in media_type:
            return {"type": media_type, "binary": True}, []
        text = hint if isinstance(hint, str) else instance(schema, root=document)
        return {"type": media_type, "text": text}, []
    body = instance(schema, root=document, hint=hint, complete=True, accept=validator.accepts)
    problems = validator.errors(body, schema)
    return {"type": media_type, "body": body}, [f"{where}: {p}" for p in problems]


def _event_templates(
    document: Spec, validator: _Validator, data: Any, where: str, problems: list[str]
) -> dict[str, Any]:
    """One valid event per member of a stream's event union, by its ``type``: what the mock
    fills in (text, ids) to stream an answer event by event."""
    union = _resolve(document, data)
    branches: list[Any] = []
    if isinstance(union, dict):
        branches = union.get("oneOf") or union.get("anyOf") or []
    templates: dict[str, Any] = {}
    for branch in branches:
        event = instance(branch, root=document, complete=True, accept=validator.accepts)
        kind = event.get("type") if isinstance(event, dict) else None
        if not isinstance(kind, str) or kind in templates:
            continue
        problems += [f"{where} {kind}: {p}" for p in validator.errors(event, branch)]
        templates[kind] = event
    return templates


# -- collections -----------------------------------------------------------------------------


def _list_field(body: Any) -> str | None:
    if not isinstance(body, dict):
        return None
    for name, value in body.items():
        if isinstance(value, list) and (not value or isinstance(value[0], dict)):
            return str(name)
    return None


def _item_field(body: Any, id_field: str) -> str | None:
    """Where a single-item answer keeps the item: ``"data"``, or None for the body itself."""
    if isinstance(body, dict) and isinstance(body.get("data"), dict):
        return "data"
    if isinstance(body, dict) and id_field in body:
        return None
    return "data" if isinstance(body, dict) and "data" in body else None


def _field_types(document: Spec, schema: Any, depth: int = 0) -> list[str]:
    node = _resolve(document, schema)
    if not isinstance(node, dict) or depth > 8:
        return []
    kinds: list[str] = []
    kind = node.get("type")
    if isinstance(kind, str):
        kinds.append(kind)
    elif isinstance(kind, list):
        kinds += [k for k in kind if isinstance(k, str)]
    for keyword in ("anyOf", "oneOf", "allOf"):
        for branch in node.get(keyword, ()):
            kinds += [k for k in _field_types(document, branch, depth + 1) if k not in kinds]
    if "const" in node or "enum" in node:
        values = [node["const"]] if "const" in node else node["enum"]
        for value in values:
            name = _json_type(value)
            if name not in kinds:
                kinds.append(name)
    return kinds


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _collections(document: Spec, answers: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """List/create/get/update/delete families: ``GET``+``POST`` on ``/x`` and ``GET`` on
    ``/x/{id}``; the mock keeps their items, so what is created is listed, updated, deleted."""
    found = []
    paths = document.get("paths") or {}
    for base, item in paths.items():
        if not isinstance(item, dict) or "get" not in item or "post" not in item:
            continue
        children = [
            p
            for p in paths
            if p.startswith(base + "/{")
            and p.count("/") == base.count("/") + 1
            and "get" in paths[p]
        ]
        if len(children) != 1:
            continue
        item_path = children[0]
        param = item_path.rsplit("{", 1)[1].rstrip("}")
        listed = _json_body(answers.get(f"GET {base}"))
        fetched = _json_body(answers.get(f"GET {item_path}"))
        list_field = _list_field(listed)
        if list_field is None or fetched is None:
            continue
        sample = listed[list_field][0] if listed[list_field] else None
        id_field = param if isinstance(sample, dict) and param in sample else "id"
        item_field = _item_field(fetched, id_field)
        template = fetched.get(item_field) if item_field else fetched
        if not isinstance(template, dict) or id_field not in template:
            continue
        fields: dict[str, list[str]] = {}
        for variant in _variants(document, _item_schema(document, item, list_field)):
            for name, sub in (variant.get("properties") or {}).items():
                kinds = fields.setdefault(name, [])
                kinds += [k for k in _field_types(document, sub) if k not in kinds]
        aliases = [n for n in ("slug",) if n in template and n != id_field]
        found.append(
            {
                "path": base,
                "item_path": item_path,
                "id_field": id_field,
                "aliases": aliases,
                "list_field": list_field,
                "item_field": item_field,
                "fields": fields,
                "seed": [sample] if isinstance(sample, dict) else [],
            }
        )
    return found


def _variants(document: Spec, schema: Any, depth: int = 0) -> list[dict[str, Any]]:
    """The object schemas an item may be: itself, its ``allOf`` parts, its union's members."""
    node = _resolve(document, schema)
    if not isinstance(node, dict) or depth > 8:
        return []
    found = [node]
    for keyword in ("allOf", "oneOf", "anyOf"):
        for part in node.get(keyword, ()):
            found += _variants(document, part, depth + 1)
    return found


def _json_body(entry: dict[str, Any] | None) -> Any:
    if not entry:
        return None
    for media in entry["media"]:
        if "body" in media:
            return media["body"]
    return None


def _item_schema(document: Spec, item: dict[str, Any], list_field: str) -> Any:
    found = _success(item["get"])
    if found is None:
        return {}
    media = (found[1].get("content") or {}).get("application/json", {})
    listed = _resolve(document, media.get("schema", {}))
    field = _resolve(document, (listed.get("properties") or {}).get(list_field, {}))
    return _resolve(document, field.get("items", {})) if isinstance(field, dict) else {}


# -- request schemas ---------------------------------------------------------------------------


def _strip(node: Any, refs: set[str]) -> Any:
    """``node`` without documentation keywords; collects the component schemas it refers to."""
    if isinstance(node, list):
        return [_strip(item, refs) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        if key == "$ref" and isinstance(value, str):
            match = _REF.match(value)
            if match:
                refs.add(match.group(1))
            out[key] = value
        elif key in _NAMED_MAPS and isinstance(value, dict):
            out[key] = {name: _strip(sub, refs) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS or key in _SCHEMA_VALUES:
            out[key] = _strip(value, refs)
        else:
            out[key] = value
    return out


def _parameter(document: Spec, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = document["components"]["parameters"][name]
    return node


def _requests(prepared: Spec) -> dict[str, Any]:
    refs: set[str] = set()
    operations: dict[str, Any] = {}
    for path, method, operation in _operations(prepared):
        entry: dict[str, Any] = {}
        content = (operation.get("requestBody") or {}).get("content") or {}
        bodies = {
            media_type: _strip(media.get("schema", {}), refs)
            for media_type, media in content.items()
            if isinstance(media, dict)
        }
        if bodies:
            entry["body"] = bodies
            entry["body_required"] = bool((operation.get("requestBody") or {}).get("required"))
        parameters = []
        for raw in operation.get("parameters") or ():
            param = _parameter(prepared, raw)
            if param.get("in") not in ("query", "path"):
                continue
            parameters.append(
                {
                    "name": param["name"],
                    "in": param["in"],
                    "required": bool(param.get("required")),
                    "schema": _strip(param.get("schema", {}), refs),
                }
            )
        if parameters:
            entry["parameters"] = parameters
        operations[f"{method.upper()} {path}"] = entry
    schemas = prepared.get("components", {}).get("schemas", {})
    kept: dict[str, Any] = {}
    pending = sorted(refs)
    while pending:
        name = pending.pop()
        if name in kept or name not in schemas:
            continue
        found: set[str] = set()
        kept[name] = _strip(schemas[name], found)
        pending += sorted(found - set(kept))
    return {"operations": operations, "components": {"schemas": dict(sorted(kept.items()))}}


# -- the whole ----------------------------------------------------------------------------------


def build_mock_data(upstream: Spec, prepared: Spec) -> tuple[Spec, Spec, list[str]]:
    """``(answers, requests, problems)``; a problem is a default answer the upstream schema
    rejects (reported, not fatal: another spec version may not allow a valid one)."""
    validator = _Validator(upstream)
    problems: list[str] = []
    operations: dict[str, dict[str, Any]] = {}
    upstream_paths = upstream.get("paths") or {}
    for path, method, prepared_op in _operations(prepared):
        source = (upstream_paths.get(path) or {}).get(method)
        document, operation = (
            (upstream, source)
            if isinstance(source, dict)
            else (
                prepared,
                prepared_op,
            )
        )
        found = _success(operation)
        if found is None:
            continue
        status, response = found
        media_list = []
        for media_type, media in (response.get("content") or {}).items():
            if not isinstance(media, dict):
                continue
            where = f"{method.upper()} {path} {status} {media_type}"
            try:
                answer, wrong = _answer_for(
                    document,
                    validator if document is upstream else _Validator(document),
                    media_type,
                    media,
                    where,
                )
            except (KeyError, ValueError, TypeError, RecursionError) as error:
                problems.append(f"{where}: no answer could be built ({error!r})")
                continue
            media_list.append(answer)
            problems += wrong
        operations[f"{method.upper()} {path}"] = {"status": int(status), "media": media_list}
    answers = {"operations": operations, "collections": _collections(upstream, operations)}
    return answers, _requests(prepared), problems


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def write_mock_data(upstream: Spec, prepared: Spec, package: Path) -> list[str]:
    """Write both data files into the generated package; returns (and prints) the problems."""
    answers, requests, problems = build_mock_data(upstream, prepared)
    (package / ANSWERS_FILE).write_text(_dump(answers), encoding="utf-8")
    (package / REQUESTS_FILE).write_text(_dump(requests), encoding="utf-8")
    for problem in problems:
        print(f"warning: mock default answer invalid upstream: {problem}", file=sys.stderr)
    return problems
