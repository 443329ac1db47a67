"""Turn OpenAPI dialects into standard OpenAPI 3.1 before anything else looks at the document.

The docs site renders the spec with its own conventions (tags as nested lists, enum members written
as ``{value: x}`` or ``{type: stringLiteral, value: x}``, ``content: {}`` for bodiless responses).
Those are either invalid or legal-but-unsatisfiable, and the generator drops whatever touches them,
so they are rewritten here, and :func:`check_standard` proves none survived.

Each step is a named function ``spec -> spec`` without side effects beyond the document: it rewrites
the document it is given in place (copying a 1.4 MB spec per step would cost more than the steps)
and returns it, so steps compose; it never makes two places share one container.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Spec = dict[str, Any]
Step = Callable[[Spec], Spec]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class StandardizeError(ValueError):
    """The document still uses a construct that is not plain OpenAPI 3.1 after standardizing."""


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
    for path, method, operation in operations(spec):
        tags = operation.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            found.append(f"{method.upper()} {path}: tags must be a list of strings, got {tags!r}")
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
    ("check_standard", check_standard),
]


def standardize(spec: Spec) -> Spec:
    for _, step in STANDARDIZE_STEPS:
        spec = step(spec)
    return spec
