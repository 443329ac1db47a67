"""Where the schemas of a document are, and a readable name for each (shared by the steps)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from ..spec_walk import HTTP_METHODS, LIST_KEYWORDS, MAP_KEYWORDS, SINGLE_KEYWORDS

Spec = dict[str, Any]


class Site(NamedTuple):
    """A schema position: ``container[key]`` is the schema; ``hint`` a readable name for it;
    ``keyword`` how its parent holds it (``properties``, ``items``, ``anyOf``..., or ``root``)."""

    container: Any
    key: Any
    hint: str
    keyword: str

    @property
    def schema(self) -> Any:
        return self.container[self.key]


REF_PREFIX = "#/components/schemas/"
UNIONS = ("anyOf", "oneOf")
# Keywords that annotate a schema without constraining it; safe to move onto a `$ref`.
ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
    }
)

_HINT_SUFFIX = {"items": "Item", "additionalProperties": "Value"}


def pascal(text: str) -> str:
    """``native_finish_reason`` / ``send-chat`` / ``/chat/completions`` -> ``NativeFinishReason``."""
    words = re.split(r"[^A-Za-z0-9]+", text)
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def schemas(spec: Spec) -> dict[str, Any]:
    """``components.schemas``, created if absent."""
    components: dict[str, Any] = spec.setdefault("components", {})
    result: dict[str, Any] = components.setdefault("schemas", {})
    return result


def ref_name(node: Any) -> str | None:
    """The component name a ``{$ref: '#/components/schemas/X'}`` points to, else None."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            return ref[len(REF_PREFIX) :]
    return None


def ref_to(name: str) -> dict[str, str]:
    return {"$ref": REF_PREFIX + name}


def _subschema_sites(schema: Any, hint: str) -> Iterator[Site]:
    if not isinstance(schema, dict):
        return
    for keyword in MAP_KEYWORDS:
        members = schema.get(keyword)
        if isinstance(members, dict):
            for name in members:
                yield Site(members, name, hint + pascal(name), keyword)
    for keyword in SINGLE_KEYWORDS:
        if isinstance(schema.get(keyword), dict):
            yield Site(schema, keyword, hint + _HINT_SUFFIX.get(keyword, pascal(keyword)), keyword)
    for keyword in LIST_KEYWORDS:
        members = schema.get(keyword)
        if isinstance(members, list):
            for index in range(len(members)):
                yield Site(members, index, hint, keyword)


def _media_sites(content: Any, hint: str) -> Iterator[Site]:
    if isinstance(content, dict):
        for media in content.values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                yield Site(media, "schema", hint, "root")


def _root_sites(spec: Spec) -> Iterator[Site]:
    components = spec.get("components") or {}
    component_schemas = components.get("schemas") or {}
    for name in component_schemas:
        yield Site(component_schemas, name, name, "root")
    for name, parameter in (components.get("parameters") or {}).items():
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            yield Site(parameter, "schema", pascal(name), "root")
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            yield from _media_sites(body.get("content"), pascal(name))
    for name, response in (components.get("responses") or {}).items():
        if isinstance(response, dict):
            yield from _media_sites(response.get("content"), pascal(name))
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            base = pascal(str(operation.get("operationId") or f"{method} {path}"))
            for parameter in operation.get("parameters") or []:
                if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
                    yield Site(
                        parameter, "schema", base + pascal(str(parameter.get("name", ""))), "root"
                    )
            body = operation.get("requestBody")
            if isinstance(body, dict):
                yield from _media_sites(body.get("content"), base + "Body")
            for status, response in (operation.get("responses") or {}).items():
                if isinstance(response, dict):
                    yield from _media_sites(response.get("content"), f"{base}Response{status}")


def iter_schema_sites(spec: Spec, extra: list[Site] | None = None) -> Iterator[Site]:
    """Every schema position, parents before children, in document order; lazily.

    A site's children are looked up after the consumer has seen (and possibly rewritten) it, so a
    step may edit the schema at the current site. Sites the consumer appends to ``extra`` (say, a
    schema it moved to ``components``) are visited next.
    """
    stack = list(reversed(list(_root_sites(spec))))
    while stack:
        site = stack.pop()
        yield site
        stack.extend(reversed(list(_subschema_sites(site.schema, site.hint))))
        if extra:
            stack.extend(reversed(extra))
            extra.clear()


def schema_sites(spec: Spec) -> list[Site]:
    """A snapshot of :func:`iter_schema_sites`, for steps that collect first and edit after."""
    return list(iter_schema_sites(spec))


def refs(node: Any) -> Iterator[dict[str, Any]]:
    """Every ``{$ref: '#/components/schemas/...'}`` mapping under ``node``."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if ref_name(current) is not None:
                yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def unique_name(wanted: str, taken: dict[str, Any] | set[str]) -> str:
    """``wanted``, or ``wanted2``, ``wanted3``... whichever is free first."""
    name, number = wanted, 1
    while name in taken:
        number += 1
        name = f"{wanted}{number}"
    return name
