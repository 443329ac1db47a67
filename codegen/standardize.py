"""Turn what OpenRouter has published into standard OpenAPI 3.1 before anything else looks at it.

Two dialects reach us. The docs site renders the spec with its own conventions (tags as nested
lists, enum members written as ``{value: x}`` or ``{type: stringLiteral, value: x}``,
``content: {}`` for bodiless responses). The SDK repositories' specs before 2026-07 declare
``openapi: 3.1.0`` but are written in 3.0 idioms (``nullable: true``, boolean
``exclusiveMinimum``, ``example`` beside ``examples``), and the oldest lack ``operationId``s.
The generator drops whatever it cannot read, and the normalize steps expect 3.1, so each idiom is
rewritten here by a named step, and :func:`check_standard` proves none survived.

Each step is a named function ``spec -> spec`` without side effects beyond the document: it rewrites
the document it is given in place (copying a 1.4 MB spec per step would cost more than the steps)
and returns it, so steps compose; it never makes two places share one container.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .errors import CodegenError, run_steps
from .spec_walk import HTTP_METHODS, operations, schema_objects, walk

__all__ = ["HTTP_METHODS", "STANDARDIZE_STEPS", "operations", "standardize", "walk"]

Spec = dict[str, Any]
Step = Callable[[Spec], Spec]


class StandardizeError(CodegenError, ValueError):
    """The document still uses a construct that is not plain OpenAPI 3.1 after standardizing."""


def _flatten(items: list[Any]) -> list[Any]:
    flat: list[Any] = []
    for item in items:
        for tag in _flatten(item) if isinstance(item, list) else [item]:
            if tag not in flat:
                flat.append(tag)
    return flat


def flatten_tags(spec: Spec) -> Spec:
    """``tags: [[subpackage_chat]]`` -> ``tags: [subpackage_chat]`` (tags must be strings)."""
    for _, _, operation in operations(spec):
        tags = operation.get("tags")
        if isinstance(tags, list):
            operation["tags"] = _flatten(tags)
    return spec


def _is_enum_object(item: Any) -> bool:
    return isinstance(item, dict) and "value" in item and set(item) <= {"value", "type"}


def enum_objects_to_values(spec: Spec) -> Spec:
    """``enum: [{value: x}]`` / ``[{type: stringLiteral, value: x}]`` -> ``enum: [x]``.

    Also ``const`` written the same way. As written, no instance can ever match such an enum.
    """
    for node in walk(spec):
        enum = node.get("enum")
        if isinstance(enum, list) and any(_is_enum_object(item) for item in enum):
            node["enum"] = [item["value"] if _is_enum_object(item) else item for item in enum]
        if _is_enum_object(node.get("const")):
            node["const"] = node["const"]["value"]
    return spec


def drop_empty_content(spec: Spec) -> Spec:
    """A response or request body with ``content: {}`` has no body: say so by omitting ``content``."""
    for _, _, operation in operations(spec):
        for response in (operation.get("responses") or {}).values():
            if isinstance(response, dict) and response.get("content") == {}:
                del response["content"]
        body = operation.get("requestBody")
        if isinstance(body, dict) and body.get("content") == {}:
            del operation["requestBody"]
    for response in ((spec.get("components") or {}).get("responses") or {}).values():
        if isinstance(response, dict) and response.get("content") == {}:
            del response["content"]
    return spec


def _identifier_words(path: str) -> list[str]:
    """``/keys/{hash}/usage-stats`` -> ``["keys", "by", "hash", "usage", "stats"]``."""
    words: list[str] = []
    for segment in path.strip("/").split("/"):
        parameter = re.fullmatch(r"\{(.+)\}", segment)
        if parameter:
            words.append("by")
            segment = parameter.group(1)
        words.extend(word for word in re.split(r"[^A-Za-z0-9]+", segment) if word)
    return words


def operation_id_for(method: str, path: str) -> str:
    """A readable, stable operationId from method and path: ``GET /keys/{hash}`` -> ``getKeysByHash``."""
    words = [method.lower(), *_identifier_words(path)]
    return words[0] + "".join(word[:1].upper() + word[1:] for word in words[1:])


def name_operations(spec: Spec) -> Spec:
    """Give every operation a unique ``operationId``.

    The generator names an operation's module and method after its id (and skips an operation
    without one); some published specs have none on some operations. A missing id is derived from
    method and path (:func:`operation_id_for`), so it does not change when other operations are
    added; a repeated id gets a number (``listKeys2``), the first one keeping its name.
    """
    taken = {
        operation["operationId"]
        for _, _, operation in operations(spec)
        if isinstance(operation.get("operationId"), str) and operation["operationId"]
    }
    seen: set[str] = set()
    for path, method, operation in operations(spec):
        current = operation.get("operationId")
        if isinstance(current, str) and current and current not in seen:
            seen.add(current)
            continue
        wanted = current if isinstance(current, str) and current else operation_id_for(method, path)
        name, number = wanted, 1
        while name in taken or name in seen:
            number += 1
            name = f"{wanted}{number}"
        operation["operationId"] = name
        seen.add(name)
        taken.add(name)
    return spec


def _parameter(spec: Spec, parameter: Any) -> dict[str, Any]:
    """A parameter object, through a ``$ref`` to ``components.parameters`` if it is one."""
    ref = parameter.get("$ref") if isinstance(parameter, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
        found = ((spec.get("components") or {}).get("parameters") or {}).get(ref.rsplit("/", 1)[1])
        return found if isinstance(found, dict) else {}
    return parameter if isinstance(parameter, dict) else {}


def declare_path_parameters(spec: Spec) -> Spec:
    """Every ``{name}`` of a path is a declared, required path parameter.

    The generator drops an operation whose path templating and parameters disagree ("Incorrect
    path templating"); a parameter a path uses but the spec forgot is added as a string, and a
    path parameter marked optional is made required (the spec requires it).
    """
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        names = re.findall(r"\{([^{}]+)\}", path)
        shared = [_parameter(spec, p) for p in item.get("parameters") or []]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            own = [_parameter(spec, p) for p in operation.get("parameters") or []]
            declared = {p.get("name") for p in (*shared, *own) if p.get("in") == "path"}
            for parameter in (*shared, *own):
                if parameter.get("in") == "path" and parameter.get("name") in names:
                    parameter["required"] = True
            for name in names:
                if name not in declared:
                    operation.setdefault("parameters", []).append(
                        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                    )
    return spec


# Keywords that describe a schema without constraining it; they stay outside a nullable wrapper.
_ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly",
     "default", "$comment", "externalDocs", "xml"}
)  # fmt: skip
_NULL = {"type": "null"}


def _allows_null(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return kind == "null" or (isinstance(kind, list) and "null" in kind)


# Keywords a type list cannot make nullable: ``null`` must pass them too, so the schema is wrapped.
_COMPOSED = ("$ref", "allOf", "anyOf", "oneOf", "not", "const")


def _make_nullable(schema: dict[str, Any]) -> None:
    """Rewrite ``schema`` in place so that it also accepts ``null`` (3.1 style)."""
    kind = schema.get("type")
    if kind is not None and not any(keyword in schema for keyword in _COMPOSED):
        kinds = kind if isinstance(kind, list) else [kind]
        if "null" not in kinds:
            schema["type"] = [*kinds, "null"]
        enum = schema.get("enum")
        if isinstance(enum, list) and None not in enum:
            enum.append(None)
        return
    constraints = {key: value for key, value in schema.items() if key not in _ANNOTATIONS}
    if not constraints:
        return  # an unconstrained schema already accepts null
    union = next((key for key in ("anyOf", "oneOf") if list(constraints) == [key]), None)
    if union is not None and isinstance(schema[union], list):
        if not any(_allows_null(variant) for variant in schema[union]):
            schema[union].append(dict(_NULL))
        return
    for key in constraints:
        del schema[key]
    schema["anyOf"] = [constraints, dict(_NULL)]


def _only_nullable(schema: Any) -> bool:
    """``{nullable: true}``, possibly with ``type: object, properties: {}``: says only "or null"."""
    if not isinstance(schema, dict) or schema.get("nullable") is not True:
        return False
    rest = {key: value for key, value in schema.items() if key not in _ANNOTATIONS | {"nullable"}}
    return rest in ({}, {"type": "object"}, {"type": "object", "properties": {}})


def _lift_member_nullability(schema: dict[str, Any]) -> None:
    """Nullability written on members of a composition, moved to where it means something."""
    members = schema.get("allOf")
    if isinstance(members, list) and any(
        isinstance(member, dict) and member.get("nullable") is True for member in members
    ):
        # Inside allOf a member's `nullable` cannot admit null (the other members refuse it);
        # writers put it there to make the whole composition nullable.
        kept = [member for member in members if not _only_nullable(member)]
        for member in kept:
            if isinstance(member, dict):
                member.pop("nullable", None)
        if kept:
            schema["allOf"] = kept
        else:
            del schema["allOf"]
        schema["nullable"] = True
    for union in ("anyOf", "oneOf"):
        variants = schema.get(union)
        if isinstance(variants, list):
            # `anyOf: [X, {nullable: true}]` means X or null; as `{}` it would admit anything.
            schema[union] = [
                dict(_NULL) if _only_nullable(variant) and set(variant) == {"nullable"} else variant
                for variant in variants
            ]


def nullable_to_type_lists(spec: Spec) -> Spec:
    """OpenAPI 3.0 ``nullable: true`` -> 3.1: ``null`` in the type list (and the enum), or a
    union with ``{type: null}`` where the schema has no ``type`` (a ``$ref``, ``allOf``...).

    3.1 has no ``nullable``; the generator half-reads it and the normalize steps only see 3.1
    nullability, so specs written this way lost operations ("Cannot take allOf a non-object").
    ``nullable: false`` is dropped (it is the default). Written on an ``allOf`` member it makes
    the composition nullable; a variant that is only ``{nullable: true}`` becomes ``{type: null}``.
    """
    for schema in schema_objects(spec):
        _lift_member_nullability(schema)
        if not isinstance(schema.get("nullable"), bool):
            continue
        if schema.pop("nullable"):
            _make_nullable(schema)
    return spec


def exclusive_bounds_to_numbers(spec: Spec) -> Spec:
    """3.0 ``minimum: 0, exclusiveMinimum: true`` -> 3.1 ``exclusiveMinimum: 0`` (and maximum).

    In 3.1 (JSON Schema 2020-12) the exclusive bounds are numbers; a boolean is invalid there and
    breaks schema validation of requests and responses. ``false`` (or ``true`` without a bound)
    says nothing and is dropped.
    """
    for schema in schema_objects(spec):
        for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            flag = schema.get(exclusive)
            if not isinstance(flag, bool):
                continue
            del schema[exclusive]
            if flag and isinstance(schema.get(bound), (int, float)):
                schema[exclusive] = schema.pop(bound)
    return spec


def _example_holders(spec: Spec) -> list[dict[str, Any]]:
    """Parameter, header and media type objects (where ``examples`` is a map of Example Objects)."""
    holders: list[dict[str, Any]] = []

    def media(holder: Any) -> None:
        if isinstance(holder, dict):
            holders.append(holder)
            content = holder.get("content")
            if isinstance(content, dict):
                holders.extend(item for item in content.values() if isinstance(item, dict))
            headers = holder.get("headers")
            if isinstance(headers, dict):
                for header in headers.values():
                    media(header)

    components = spec.get("components") or {}
    for kind in ("parameters", "headers", "requestBodies", "responses"):
        for holder in (components.get(kind) or {}).values():
            media(holder)
    for item in (spec.get("paths") or {}).values():
        for parameter in (item.get("parameters") or []) if isinstance(item, dict) else []:
            media(parameter)
    for _, _, operation in operations(spec):
        for parameter in operation.get("parameters") or []:
            media(parameter)
        media(operation.get("requestBody"))
        for response in (operation.get("responses") or {}).values():
            media(response)
    return holders


def one_example_style(spec: Spec) -> Spec:
    """``example`` beside ``examples`` -> ``examples`` only.

    3.0 documents write one ``example``; 3.1 schemas take an ``examples`` list, and a parameter,
    header or media type may not have both (the spec forbids it). Where both appear, ``example``
    joins ``examples`` (as the list's first item in a schema, as the entry ``example`` in a map),
    so no example is lost and validators accept the document.
    """
    for schema in schema_objects(spec):
        if "example" in schema and isinstance(schema.get("examples"), list):
            example = schema.pop("example")
            if example not in schema["examples"]:
                schema["examples"].insert(0, example)
    for holder in _example_holders(spec):
        if "example" in holder and isinstance(holder.get("examples"), dict):
            example = holder.pop("example")
            examples = holder["examples"]
            key, number = "example", 1
            while key in examples:
                number += 1
                key = f"example{number}"
            examples[key] = {"value": example}
    return spec


def declare_3_1(spec: Spec) -> Spec:
    """``openapi: 3.0.x`` -> ``3.1.0``: after the steps above the document is written in 3.1."""
    version = spec.get("openapi")
    if isinstance(version, str) and version.startswith("3.0"):
        spec["openapi"] = "3.1.0"
    return spec


def leftovers(spec: Spec) -> list[str]:
    """Descriptions of dialect constructs still present (empty when the document is standard)."""
    found: list[str] = []
    for node in walk(spec):
        enum = node.get("enum")
        if isinstance(enum, list) and any(isinstance(item, (dict, list)) for item in enum):
            found.append(f"enum with object members: {enum!r:.120}")
        if isinstance(node.get("const"), dict):
            found.append(f"const written as an object: {node['const']!r:.120}")
        if node.get("type") == "stringLiteral":
            found.append(f"`type: stringLiteral`: {node!r:.120}")
    for schema in schema_objects(spec):
        if isinstance(schema.get("nullable"), bool):
            found.append(f"3.0 `nullable` in a schema: {schema!r:.120}")
        for keyword in ("exclusiveMinimum", "exclusiveMaximum"):
            if isinstance(schema.get(keyword), bool):
                found.append(f"3.0 boolean `{keyword}`: {schema!r:.120}")
    ids: set[str] = set()
    for path, method, operation in operations(spec):
        tags = operation.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            found.append(f"{method.upper()} {path}: tags must be a list of strings, got {tags!r}")
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id or operation_id in ids:
            found.append(f"{method.upper()} {path}: operationId missing or repeated")
        ids.add(str(operation_id))
    return found


def check_standard(spec: Spec) -> Spec:
    """Fail loudly if a dialect construct survived (the generator would silently drop models)."""
    found = leftovers(spec)
    if found:
        shown = "\n  ".join(found[:20])
        more = f"\n  ... and {len(found) - 20} more" if len(found) > 20 else ""
        raise StandardizeError(
            f"{len(found)} non-standard construct(s) survived standardization:\n  {shown}{more}"
        )
    return spec


STANDARDIZE_STEPS: list[tuple[str, Step]] = [
    ("flatten_tags", flatten_tags),
    ("enum_objects_to_values", enum_objects_to_values),
    ("drop_empty_content", drop_empty_content),
    ("name_operations", name_operations),
    ("declare_path_parameters", declare_path_parameters),
    ("nullable_to_type_lists", nullable_to_type_lists),
    ("exclusive_bounds_to_numbers", exclusive_bounds_to_numbers),
    ("one_example_style", one_example_style),
    ("declare_3_1", declare_3_1),
    ("check_standard", check_standard),
]


def standardize(spec: Spec) -> Spec:
    return run_steps("standardize", STANDARDIZE_STEPS, spec)
