"""The normalize steps: each a small ``spec -> spec`` rewrite openapi-python-client 0.29.1 needs.

Every step keeps the meaning of the document (what JSON it accepts) as far as the generator can
express it, and says in its docstring which generator behaviour it works around.
"""

from __future__ import annotations

import copy
from typing import Any

from ..standardize import operations
from ._schema import (
    ANNOTATIONS,
    REF_PREFIX,
    UNIONS,
    Site,
    Spec,
    iter_schema_sites,
    pascal,
    ref_name,
    ref_to,
    refs,
    schema_sites,
    schemas,
    unique_name,
)

# Content types the generator decodes itself; any other binary media type makes it drop the
# response with a warning ("Unsupported content_type").
_DECODED = ("application/json", "application/octet-stream")


def binary_media_as_octet_stream(spec: Spec) -> Spec:
    """Responses in ``audio/*``, ``video/mp4``... with a binary schema -> ``application/octet-stream``.

    The generator only knows JSON, text and octet-stream bodies and omits the others with a
    warning; the bytes are the same, so declaring them octet-stream keeps the response (as
    ``bytes``). The original media type is kept in ``x-original-content-type``.
    """
    for _, _, operation in operations(spec):
        for response in (operation.get("responses") or {}).values():
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict):
                continue
            for media_type in list(content):
                base = media_type.split(";")[0].strip().lower()
                schema = (content[media_type] or {}).get("schema") or {}
                binary = schema.get("format") == "binary" or "contentMediaType" in schema
                known = base in _DECODED or base.startswith("text/") or base.endswith("+json")
                if known or not binary or "application/octet-stream" in content:
                    continue
                media = content.pop(media_type)
                media.setdefault("x-original-content-type", media_type)
                content["application/octet-stream"] = media
    return spec


def _decodable(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base in _DECODED or base.startswith("text/") or base.endswith("+json")


def undecodable_media_as_text(spec: Spec) -> Spec:
    """A response none of whose media types the generator decodes (``application/x-ndjson``,
    ``application/rss+xml``...) -> ``text/plain``: the body as a string.

    The generator omits such a response with a warning ("Unsupported content_type"); what it can
    honestly offer is the text. The media type and schema the spec declared are kept in
    ``x-original-content-type`` and ``x-original-schema``. Binary bodies are
    :func:`binary_media_as_octet_stream`'s (it runs first).
    """
    for _, _, operation in operations(spec):
        for response in (operation.get("responses") or {}).values():
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict) or not content or any(map(_decodable, content)):
                continue
            original = next(iter(content))
            media = content.pop(original) or {}
            text: dict[str, Any] = {"schema": {"type": "string"}}
            text["x-original-content-type"] = media.get("x-original-content-type", original)
            if "schema" in media:
                text["x-original-schema"] = media["schema"]
            content["text/plain"] = text
    return spec


_PYTHON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string"}


def split_mixed_enums(spec: Spec) -> Spec:
    """``enum: [auto, 1]`` (members of several types) -> ``anyOf`` of one enum per type.

    The generator builds one Python enum per schema and refuses members of different types
    ("Enum values must all be the same type"), dropping the schema and what uses it. A ``null``
    member becomes a ``{type: null}`` variant.
    """
    for site in iter_schema_sites(spec):
        node = site.schema
        values = node.get("enum") if isinstance(node, dict) else None
        if not isinstance(values, list):
            continue
        kinds: dict[str, list[Any]] = {}
        for value in values:
            if value is not None:
                kinds.setdefault(_PYTHON_TYPES.get(type(value), "object"), []).append(value)
        if len(kinds) < 2 or "object" in kinds:
            continue
        variants: list[Any] = [{"type": kind, "enum": members} for kind, members in kinds.items()]
        if None in values:
            variants.append(dict(_NULL))
        rest = {key: value for key, value in node.items() if key not in ("enum", "type")}
        site.container[site.key] = {"anyOf": variants, **rest}
    return spec


def _annotations_only(schema: Any) -> bool:
    return isinstance(schema, dict) and set(schema) <= ANNOTATIONS


def collapse_annotation_allof(spec: Spec) -> Spec:
    """``allOf: [{$ref: X}, {description: ...}]`` -> ``{$ref: X, description: ...}``.

    Upstream attaches descriptions to references through an ``allOf``; the generator then tries to
    build a new model from X and fails ("Cannot take allOf a non-object") whenever X is an enum, a
    union or nullable, dropping the whole operation (issue #674). A 3.1 ``$ref`` may carry
    annotations beside it, so nothing is lost.
    """
    for site in iter_schema_sites(spec):
        node = site.schema
        members = node.get("allOf") if isinstance(node, dict) else None
        if not isinstance(members, list) or not set(node) - {"allOf"} <= ANNOTATIONS:
            continue
        targets = [member for member in members if ref_name(member) is not None]
        if len(targets) != 1 or not all(
            member is targets[0] or _annotations_only(member) for member in members
        ):
            continue
        collapsed: dict[str, Any] = {"$ref": targets[0]["$ref"]}
        for member in members:
            collapsed.update({key: value for key, value in member.items() if key != "$ref"})
        collapsed.update({key: value for key, value in node.items() if key != "allOf"})
        site.container[site.key] = collapsed
    return spec


def _string_literals(schema: Any) -> list[Any] | None:
    """The values of a variant that is only a set of string literals (enum/const), else None."""
    if not isinstance(schema, dict) or schema.get("type", "string") != "string":
        return None
    if not set(schema) <= ANNOTATIONS | {"type", "enum", "const"}:
        return None
    if "const" in schema:
        values = [schema["const"], *(schema.get("enum") or [])]
    else:
        values = list(schema.get("enum") or [])
    return values if values and all(isinstance(value, str) for value in values) else None


def merge_string_literal_unions(spec: Spec) -> Spec:
    """``anyOf: [{const: a}, {enum: [b]}, X]`` -> ``anyOf: [{type: string, enum: [a, b]}, X]``.

    The generator accepts only the first ``const`` of a union (issue #1044: ``tool_choice: "auto"``
    failed with "must match const 'none'") and gives each one-value enum its own class; one enum
    with all the values reads better and decodes every value. A union left with one variant is
    replaced by that variant.
    """
    for site in iter_schema_sites(spec):
        node = site.schema
        if not isinstance(node, dict):
            continue
        for keyword in UNIONS:
            variants = node.get(keyword)
            if not isinstance(variants, list):
                continue
            literal_sets = [
                (index, _string_literals(variant)) for index, variant in enumerate(variants)
            ]
            literal_indexes = [index for index, values in literal_sets if values is not None]
            if len(literal_indexes) < 2:
                continue
            merged: list[Any] = []
            for _, values in literal_sets:
                merged.extend(value for value in values or [] if value not in merged)
            first = literal_indexes[0]
            variants[first] = {"type": "string", "enum": merged}
            node[keyword] = [
                variant
                for index, variant in enumerate(variants)
                if index == first or index not in literal_indexes
            ]
            _unwrap_single_variant(site)
            break
    return spec


def _unwrap_single_variant(site: Site) -> None:
    node = site.schema
    for keyword in UNIONS:
        variants = node.get(keyword)
        if (
            isinstance(variants, list)
            and len(variants) == 1
            and isinstance(variants[0], dict)
            and set(node) - {keyword} <= ANNOTATIONS
        ):
            only = dict(variants[0])
            only.update({key: value for key, value in node.items() if key != keyword})
            site.container[site.key] = only


_NULL = {"type": "null"}


def _strip_null(schema: dict[str, Any]) -> bool:
    """Make ``schema`` non-nullable in place; True if it was nullable in a way we can move."""
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind and len(kind) == 2:
        (other,) = [name for name in kind if name != "null"]
        schema["type"] = other
        if isinstance(schema.get("enum"), list):
            schema["enum"] = [value for value in schema["enum"] if value is not None]
        return True
    for keyword in UNIONS:
        variants = schema.get(keyword)
        if isinstance(variants, list) and _NULL in variants and len(variants) > 1:
            rest = [variant for variant in variants if variant != _NULL]
            schema[keyword] = rest
            if (
                len(rest) == 1
                and isinstance(rest[0], dict)
                and set(schema) - {keyword} <= ANNOTATIONS
            ):
                # A union of one: the schema *is* that variant (else the generator builds it twice).
                merged = {**rest[0], **{k: v for k, v in schema.items() if k != keyword}}
                schema.clear()
                schema.update(merged)
            return True
    return False


def nullable_schemas_to_references(spec: Spec) -> Spec:
    """Component schemas typed ``[T, null]`` (or a union with ``null``) become non-null, and every
    reference to them becomes ``anyOf: [{$ref: X}, {type: null}]``.

    The generator turns a nullable component into a union instead of a model, then cannot use it as
    a response type, in ``allOf``, or by reference ("Could not find reference in parsed models or
    enums"), and names its object part ``X_type_0``. References inside ``allOf`` stay non-null (an
    object composed from X is not null); a reference that is already a union variant gets the
    ``null`` variant added to that union.
    """
    component_schemas = schemas(spec)
    nullable = {
        name
        for name, schema in component_schemas.items()
        if isinstance(schema, dict) and _strip_null(schema)
    }
    unions_needing_null: dict[int, list[Any]] = {}
    for site in schema_sites(spec):
        if ref_name(site.schema) not in nullable or site.keyword == "allOf":
            continue
        if site.keyword in UNIONS:
            unions_needing_null[id(site.container)] = site.container
            continue
        reference = site.schema
        wrapped: dict[str, Any] = {"anyOf": [{"$ref": reference["$ref"]}, dict(_NULL)]}
        wrapped.update({key: value for key, value in reference.items() if key != "$ref"})
        site.container[site.key] = wrapped
    for variants in unions_needing_null.values():
        if _NULL not in variants:
            variants.append(dict(_NULL))
    return spec


def _enum_values(schema: Any, component_schemas: dict[str, Any]) -> tuple[list[Any], str | None]:
    """(values, component name) of an enum schema or a reference to one; ``([], None)`` otherwise."""
    name = ref_name(schema)
    target = component_schemas.get(name) if name is not None else schema
    if not isinstance(target, dict) or (name is not None and set(schema) - {"$ref"} - ANNOTATIONS):
        return [], None
    constraints = {key for key in target if key not in ANNOTATIONS and not key.startswith("x-")}
    values = target.get("enum")
    if not isinstance(values, list) or not values or not constraints <= {"enum", "type"}:
        return [], None
    return list(values), name


def intersect_enum_allof(spec: Spec) -> Spec:
    """``allOf: [{$ref: Tier}, {enum: [a, b]}]`` (all members enums) -> one enum: the values every
    member allows; the reference itself when that is exactly the referenced enum.

    Specs restate a referenced enum beside it inside an ``allOf`` (to attach an example or an
    extension). The generator cannot compose enums ("Cannot take allOf a non-object") and drops
    the schema and every operation using it. ``allOf`` means every member holds, so the
    intersection is the same schema.
    """
    component_schemas = schemas(spec)
    for site in iter_schema_sites(spec):
        node = site.schema
        members = node.get("allOf") if isinstance(node, dict) else None
        if not isinstance(members, list) or len(members) < 2:
            continue
        if set(node) - {"allOf"} - ANNOTATIONS:
            continue
        found = [_enum_values(member, component_schemas) for member in members]
        if not all(values for values, _ in found):
            continue
        common = [value for value in found[0][0] if all(value in other for other, _ in found)]
        if not common:
            continue  # contradictory: no value passes; left for the generator to report
        named = [name for values, name in found if name is not None and values == common]
        merged: dict[str, Any]
        if named:
            merged = ref_to(named[0])
        else:
            kinds = {type(value).__name__ for value in common if value is not None}
            merged = {"enum": common}
            if kinds <= {"str"}:
                merged["type"] = "string" if None not in common else ["string", "null"]
        for member in members:
            merged.update({k: v for k, v in member.items() if k in ANNOTATIONS and k not in merged})
        merged.update({key: value for key, value in node.items() if key != "allOf"})
        site.container[site.key] = merged
    return spec


_OBJECT_KEYWORDS = frozenset({"type", "properties", "required", "additionalProperties", "allOf"})


class _NotAnObject(Exception):
    """An ``allOf`` member is not a plain object schema, so the ``allOf`` is left as it is."""


def _object_parts(
    schema: Any, component_schemas: dict[str, Any], seen: tuple[str, ...]
) -> list[dict[str, Any]]:
    """The plain object schemas an ``allOf`` member stands for, references and nesting resolved."""
    name = ref_name(schema)
    if name is not None:
        if name in seen or name not in component_schemas:
            raise _NotAnObject(name)
        return _object_parts(component_schemas[name], component_schemas, (*seen, name))
    if not isinstance(schema, dict) or not set(schema) <= _OBJECT_KEYWORDS | ANNOTATIONS:
        raise _NotAnObject(schema)
    if schema.get("type", "object") != "object":
        raise _NotAnObject(schema)
    parts: list[dict[str, Any]] = []
    for member in schema.get("allOf") or []:
        parts.extend(_object_parts(member, component_schemas, seen))
    parts.append(schema)
    return parts


def flatten_allof(spec: Spec) -> Spec:
    """``allOf`` of object schemas -> one object schema with the members' properties merged.

    The generator builds no inheritance from ``allOf``; it copies the members' properties into one
    class, and fails when two members define the same property differently ("list[X] can't be
    merged with list[X] | None", dropping /responses and the model-endpoints response) or when an
    inline member has an inline object property ("duplicate models"). Upstream writes ``allOf`` as
    "base, then overrides" (zod ``.extend()``), so here a later member's property replaces an
    earlier one's; ``required`` is the union. ``allOf`` over unions or non-objects is left alone.
    """
    component_schemas = schemas(spec)
    for site in iter_schema_sites(spec):
        node = site.schema
        if not isinstance(node, dict) or not isinstance(node.get("allOf"), list):
            continue
        try:
            parts = _object_parts(node, component_schemas, ())
        except _NotAnObject:
            continue
        flat: dict[str, Any] = {"type": "object"}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for part in parts:
            properties.update(copy.deepcopy(part.get("properties") or {}))
            required.extend(name for name in part.get("required") or [] if name not in required)
            if "additionalProperties" in part:
                flat["additionalProperties"] = copy.deepcopy(part["additionalProperties"])
        if properties:
            flat["properties"] = properties
        if required:
            flat["required"] = required
        flat.update({key: value for key, value in node.items() if key in ANNOTATIONS})
        site.container[site.key] = flat
    return spec


def _splittable(schema: Any) -> bool:
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    enum = schema.get("enum")
    has_null_enum = isinstance(enum, list) and None in enum and len(enum) > 1
    nullable_type = "null" in kinds and len(kinds) == 2
    if nullable_type and ("object" in kinds or isinstance(enum, list)):
        return True
    if nullable_type and "array" in kinds and _hoistable(schema.get("items")):
        return True
    return has_null_enum and (nullable_type or kind is None or isinstance(kind, str))


def split_nullable_types(spec: Spec) -> Spec:
    """Inline ``type: [object, null]``, nullable enums, and nullable arrays of inline objects or
    enums -> ``anyOf: [{...}, {type: null}]``.

    For ``type: [string, null]`` with ``enum: [..., null]`` the generator emits three copies of
    the enum (``X_type_1``, ``X_type_2_type_1``, ``X_type_3_type_1``); for a nullable inline object
    it names the object ``X_type_0`` (array items ``X_type_0_item``). As an explicit union the non-null part can be named (see
    :func:`name_inline_union_variants`). Component schemas are handled by
    :func:`nullable_schemas_to_references` instead.
    """
    for site in iter_schema_sites(spec):
        node = site.schema
        if site.keyword == "root" and site.container is schemas(spec):
            continue
        if not _splittable(node):
            continue
        kind = node.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        variant = {key: value for key, value in node.items() if key not in ANNOTATIONS}
        remaining = [name for name in kinds if name not in (None, "null")]
        if len(remaining) == 1:
            variant["type"] = remaining[0]
        else:
            variant.pop("type", None)
        if isinstance(variant.get("enum"), list):
            variant["enum"] = [value for value in variant["enum"] if value is not None]
        if variant.get("default", "") is None:
            del variant["default"]
        split: dict[str, Any] = {"anyOf": [variant, dict(_NULL)]}
        split.update({key: value for key, value in node.items() if key in ANNOTATIONS})
        site.container[site.key] = split
    return spec


def _is_object_like(schema: Any) -> bool:
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    return "object" in kinds or "properties" in schema or "allOf" in schema


def _is_enum(schema: Any) -> bool:
    return (
        isinstance(schema, dict) and "$ref" not in schema and isinstance(schema.get("enum"), list)
    )


_TAG_PROPERTIES = ("type", "object", "role", "kind", "id", "status", "event")


def _literal_tag(schema: dict[str, Any]) -> str | None:
    """The one-value string literal a variant is recognised by (its ``type``, ``role``...)."""
    found: dict[str, str] = {}
    parts = [schema, *(member for member in schema.get("allOf") or [] if isinstance(member, dict))]
    for part in parts:
        for name, prop in (part.get("properties") or {}).items():
            values = _string_literals(prop)
            if values is not None and len(values) == 1:
                found.setdefault(name, values[0])
    for name in (*_TAG_PROPERTIES, *sorted(found)):
        if name in found:
            return found[name]
    return None


def _variant_name(hint: str, variants: list[Any], index: int, taken: dict[str, Any]) -> str:
    variant = variants[index]
    kind = _is_object_like if _is_object_like(variant) else _is_enum
    alike = [other for other in variants if kind(other)]
    hoistable = [other for other in variants if _hoistable(other)]
    tag = None
    if kind is _is_object_like:
        properties = list(variant.get("properties") or {})
        tag = _literal_tag(variant) or (properties[0] if len(properties) == 1 else None)
    if len(hoistable) == 1 and hint not in taken:
        wanted = hint  # `x: [object, null]` -> the object is simply "x"
    elif tag and len(alike) > 1:
        wanted = hint + pascal(tag)
    elif len(alike) == 1:
        wanted = hint + ("Object" if kind is _is_object_like else "Enum")
    else:
        wanted = f"{hint}Variant{index + 1}"
    return unique_name(wanted, taken)


def _hoistable(schema: Any) -> bool:
    return _is_object_like(schema) or _is_enum(schema)


def _without_annotations(schema: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in schema.items() if key not in ANNOTATIONS}


def _same_component(schema: dict[str, Any], component_schemas: dict[str, Any]) -> str | None:
    """An existing component with the same content as ``schema`` (annotations aside)."""
    bare = _without_annotations(schema)
    for name, existing in component_schemas.items():
        if isinstance(existing, dict) and _without_annotations(existing) == bare:
            return name
    return None


def _hoist(schema: Any, wanted: str, component_schemas: dict[str, Any], extra: list[Site]) -> str:
    """Move ``schema`` to components (or reuse an identical one); return its component name."""
    same = _same_component(schema, component_schemas)
    if same is not None:
        return same
    name = unique_name(wanted, component_schemas)
    component_schemas[name] = schema
    extra.append(Site(component_schemas, name, name, "root"))
    return name


def name_inline_union_variants(spec: Spec) -> Spec:
    """Move each inline object or enum variant of an ``anyOf``/``oneOf`` to ``components.schemas``.

    The generator cannot parse some inline variants ("Invalid property in union", for ``allOf``
    variants) and names the rest ``Parent_type_0``. A variant is named after its position (the
    union's own name when it is the only object/enum variant, so ``metadata: [object, null]`` in
    ``ErrorData`` becomes ``ErrorDataMetadata``), plus its literal tag when it has one
    (``ChatContentItemsText`` for ``type: text``), else ``Variant<n>``.
    """
    component_schemas = schemas(spec)
    extra: list[Site] = []
    for site in iter_schema_sites(spec, extra):
        node = site.schema
        if not isinstance(node, dict):
            continue
        for keyword in UNIONS:
            variants = node.get(keyword)
            if not isinstance(variants, list):
                continue
            wanted = {
                index: _variant_name(site.hint, variants, index, component_schemas)
                for index, variant in enumerate(variants)
                if _hoistable(variant)
            }
            for index, variant in enumerate(variants):
                if index in wanted:
                    variants[index] = ref_to(
                        _hoist(variant, wanted[index], component_schemas, extra)
                    )
                elif isinstance(variant, dict) and _hoistable(variant.get("items")):
                    # An array variant: the generator would name its items `X_type_<n>_item`.
                    name = _hoist(variant["items"], f"{site.hint}Item", component_schemas, extra)
                    variant["items"] = ref_to(name)
    return spec


def resolve_schema_aliases(spec: Spec) -> Spec:
    """A component that is only ``{$ref: Y}`` (plus annotations) is replaced by Y where it is used.

    The docs rendering wraps schemas in aliases (``__schema0: oneOf [Schema0, null]`` becomes
    ``{$ref: Schema0}`` once its ``null`` moved to the references); the generator would give the
    alias a class of its own, and the alias adds no information. A reference keeps its own
    annotations, else takes the alias's.
    """
    component_schemas = schemas(spec)

    def target(name: str, seen: tuple[str, ...] = ()) -> str:
        schema: dict[str, Any] = component_schemas.get(name) or {}
        next_name = ref_name(schema)
        if next_name is None or not set(schema) - {"$ref"} <= ANNOTATIONS or name in seen:
            return name
        return target(next_name, (*seen, name))

    aliases = {name: target(name) for name in component_schemas}
    aliases = {name: final for name, final in aliases.items() if final != name}
    if not aliases:
        return spec
    for reference in refs(spec):
        name = ref_name(reference)
        if name in aliases:
            for key, value in component_schemas[name].items():
                if key != "$ref":
                    reference.setdefault(key, value)
    _retarget(spec, aliases)
    for name in aliases:
        del component_schemas[name]
    return spec


def name_inline_bodies(spec: Spec) -> Spec:
    """Inline object schemas of request and response bodies -> named components.

    The generator would call them ``CreateKeysBody`` / ``GetCreditsResponse200`` and name every
    nested class after that; as components they are ``CreateKeysRequest`` (the name the TypedDict
    side uses too) and ``GetCreditsResponse`` (the status is added only when one operation has
    several inline response bodies).
    """
    component_schemas = schemas(spec)
    for path, method, operation in operations(spec):
        base = pascal(str(operation.get("operationId") or f"{method} {path}"))
        body = operation.get("requestBody")
        targets: list[tuple[dict[str, Any], str]] = []
        if isinstance(body, dict):
            targets += [(media, f"{base}Request") for media in _json_media(body)]
        inline_responses = [
            (status, media)
            for status, response in (operation.get("responses") or {}).items()
            if isinstance(response, dict)
            for media in _json_media(response)
        ]
        for status, media in inline_responses:
            several = len({status for status, _ in inline_responses}) > 1
            targets.append((media, f"{base}Response{status if several else ''}"))
        for media, wanted in targets:
            name = (
                wanted
                if wanted not in component_schemas
                else unique_name(f"{wanted}Body", component_schemas)
            )
            component_schemas[name] = media["schema"]
            media["schema"] = ref_to(name)
    return spec


def _json_media(holder: dict[str, Any]) -> list[dict[str, Any]]:
    """JSON media objects of a body whose schema is an inline object."""
    content = holder.get("content")
    if not isinstance(content, dict):
        return []
    return [
        media
        for media_type, media in content.items()
        if media_type.split(";")[0].strip() == "application/json"
        and isinstance(media, dict)
        and _is_object_like(media.get("schema"))
    ]


def rename_schemas(spec: Spec, renames: dict[str, str]) -> Spec:
    """Rename component schemas (``__schema5`` -> ``ProviderNames``) and every reference to them.

    Keeps the key order of ``components.schemas``; refuses a rename onto an existing name.
    """
    component_schemas = schemas(spec)
    applicable = {
        old: new for old, new in renames.items() if old in component_schemas and old != new
    }
    if not applicable:
        return spec
    clashes = sorted(new for new in applicable.values() if new in component_schemas)
    if clashes or len(set(applicable.values())) != len(applicable):
        raise ValueError(f"renaming schemas would merge distinct schemas: {clashes or applicable}")
    renamed = {applicable.get(name, name): schema for name, schema in component_schemas.items()}
    component_schemas.clear()
    component_schemas.update(renamed)
    _retarget(spec, applicable)
    return spec


def _retarget(spec: Spec, targets: dict[str, str]) -> None:
    """Point every reference (and discriminator mapping) to a schema in ``targets`` at its new name."""
    for reference in refs(spec):
        old = ref_name(reference)
        if old in targets:
            reference["$ref"] = REF_PREFIX + targets[old]
    for node in _discriminators(spec):
        mapping = node.get("mapping") or {}
        for value, target in mapping.items():
            old = ref_name({"$ref": target})
            if old in targets:
                mapping[value] = REF_PREFIX + targets[old]


def _discriminators(spec: Spec) -> list[dict[str, Any]]:
    return [
        site.schema["discriminator"]
        for site in schema_sites(spec)
        if isinstance(site.schema, dict) and isinstance(site.schema.get("discriminator"), dict)
    ]


def distinct_class_names(spec: Spec) -> Spec:
    """Component schemas whose Python class or module names coincide (``foo-thing`` and
    ``FooThing``; ``ABTest`` and ``AbTest``) -> the later one gets a numbered name.

    The generator derives class and module names from schema names and drops one of two that
    coincide ("Attempted to generate duplicate models"), or writes both into one module. Names
    are computed with the generator's own functions, so they agree with it.
    """
    from openapi_python_client.strings import ClassName, PythonIdentifier

    def names(schema_name: str) -> tuple[str, str]:
        class_name = ClassName(schema_name, "")
        return str(class_name), str(PythonIdentifier(class_name, ""))

    component_schemas = schemas(spec)
    classes: set[str] = set()
    modules: set[str] = set()
    renames: dict[str, str] = {}
    for name in list(component_schemas):
        class_name, module = names(name)
        if class_name in classes or module in modules:
            number = 1
            while True:
                number += 1
                candidate = f"{name}{number}"
                class_name, module = names(candidate)
                free = class_name not in classes and module not in modules
                if free and candidate not in component_schemas:
                    break
            renames[name] = candidate
        classes.add(class_name)
        modules.add(module)
    return rename_schemas(spec, renames)
