"""Apply OpenAPI Overlay 1.0 documents: our reviewed fixes to the upstream spec.

An overlay is ``{overlay: 1.0.0, info: {title, version}, actions: [{target, description, update |
remove}]}``. ``update`` is merged into every node the target selects (objects recursively, arrays
appended, scalars replaced); ``remove: true`` deletes every selected node.

Two rules stricter than the Overlay spec, because an overlay that silently stops matching after an
upstream update is a bug, and a fix without a reason cannot be reviewed:

* every action needs a one-line ``description``;
* a target that selects nothing is an error.

Targets use a small JSONPath subset, implemented here (see :func:`parse_path`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .load import load_data

Spec = dict[str, Any]


class OverlayError(ValueError):
    """An overlay document is malformed, or one of its actions cannot be applied."""


# --- JSONPath subset -------------------------------------------------------------------------------
#
#   $                       the root
#   .name                   a member (letters, digits, _ and -)
#   ['name'] / ["name"]     a member with any characters (\' and \\ escapes)
#   [0] / [-1]              an array element
#   .* / [*]                every member of an object / element of an array
#   [?(@.a.b == 'x')]       elements/members whose value matches; operators == and !=, or a bare
#                           @.a.b for "exists"; @ alone is the element itself; literals are quoted
#                           strings, numbers, true, false, null


@dataclass(frozen=True)
class Name:
    name: str


@dataclass(frozen=True)
class Index:
    index: int


@dataclass(frozen=True)
class Wildcard:
    pass


@dataclass(frozen=True)
class Filter:
    path: tuple[str, ...]
    operator: str | None  # None: the path exists
    value: Any = None


Segment = Name | Index | Wildcard | Filter

_NAME = re.compile(r"[A-Za-z0-9_\-]+")
_QUOTED = re.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\"""")
_INDEX = re.compile(r"-?\d+")
_FILTER = re.compile(
    r"""\?\(?\s*@((?:\.[A-Za-z0-9_\-]+)*)\s*(?:(==|!=)\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|"""
    r"""-?\d+(?:\.\d+)?|true|false|null))?\s*\)?"""
)
_LITERALS: dict[str, Any] = {"true": True, "false": False, "null": None}


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _literal(text: str) -> Any:
    if text in _LITERALS:
        return _LITERALS[text]
    if text[0] in "'\"":
        return _unquote(text[1:-1])
    return float(text) if "." in text else int(text)


def parse_path(expression: str) -> tuple[Segment, ...]:
    """Parse a target; raise :class:`OverlayError` naming the position of unsupported syntax."""
    if not expression.startswith("$"):
        raise OverlayError(f"JSONPath must start with `$`: {expression!r}")
    segments: list[Segment] = []
    position = 1
    while position < len(expression):
        rest = expression[position:]
        if rest.startswith(".."):
            raise _unsupported(expression, position, "recursive descent `..`")
        if rest.startswith(".*"):
            segments.append(Wildcard())
            position += 2
        elif rest.startswith("."):
            match = _NAME.match(expression, position + 1)
            if not match:
                raise _unsupported(expression, position, "member name after `.`")
            segments.append(Name(match.group()))
            position = match.end()
        elif rest.startswith("["):
            segment, position = _parse_bracket(expression, position + 1)
            segments.append(segment)
        else:
            raise _unsupported(expression, position, "character")
    return tuple(segments)


def _parse_bracket(expression: str, position: int) -> tuple[Segment, int]:
    segment: Segment
    if expression.startswith("*", position):
        segment, end = Wildcard(), position + 1
    elif match := _QUOTED.match(expression, position):
        quoted = match.group(1) if match.group(1) is not None else match.group(2)
        segment, end = Name(_unquote(quoted)), match.end()
    elif match := _INDEX.match(expression, position):
        segment, end = Index(int(match.group())), match.end()
    elif (match := _FILTER.match(expression, position)) and expression.startswith("]", match.end()):
        path = tuple(part for part in match.group(1).split(".") if part)
        operator = match.group(2)
        value = _literal(match.group(3)) if operator else None
        segment, end = Filter(path, operator, value), match.end()
    else:
        raise _unsupported(expression, position, "bracket selector")
    if not expression.startswith("]", end):
        raise _unsupported(expression, end, "bracket selector (expected `]`)")
    return segment, end + 1


def _unsupported(expression: str, position: int, what: str) -> OverlayError:
    return OverlayError(
        f"unsupported JSONPath syntax ({what}) at position {position} in {expression!r}; "
        "supported: $, .name, ['name'], [0], .*, [*], [?(@.a == 'x')]"
    )


_MISSING = object()


def _lookup(node: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _matches(node: Any, rule: Filter) -> bool:
    found = _lookup(node, rule.path)
    if rule.operator is None:
        return found is not _MISSING
    equal = found is not _MISSING and type(found) is type(rule.value) and found == rule.value
    if rule.operator == "==":
        return equal
    return found is not _MISSING and not equal


# A selected node is addressed by its container and key, so it can be replaced or removed.
Location = tuple[Any, Any]


def _children(node: Any) -> Iterator[Location]:
    if isinstance(node, dict):
        for key in node:
            yield node, key
    elif isinstance(node, list):
        for index in range(len(node)):
            yield node, index


def _step(location: Location, segment: Segment) -> Iterator[Location]:
    container, key = location
    node = container[key]
    if isinstance(segment, Name):
        if isinstance(node, dict) and segment.name in node:
            yield node, segment.name
    elif isinstance(segment, Index):
        if isinstance(node, list) and -len(node) <= segment.index < len(node):
            yield node, segment.index % len(node)
    elif isinstance(segment, Wildcard):
        yield from _children(node)
    else:
        for child in _children(node):
            if _matches(child[0][child[1]], segment):
                yield child


class _Root(dict[str, Any]):
    """The synthetic container of the document root, so the root has a location too."""


def select(document: Any, expression: str) -> list[Location]:
    """Locations (container, key) of every node ``expression`` selects, in document order."""
    root = _Root({"$": document})
    locations: list[Location] = [(root, "$")]
    for segment in parse_path(expression):
        locations = [found for location in locations for found in _step(location, segment)]
    return locations


# --- Applying ---------------------------------------------------------------------------------------


def merge(target: Any, update: Any, where: str = "$") -> Any:
    """Overlay merge: objects recursively, arrays appended, scalars replaced; else an error."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = (
                merge(target[key], value, f"{where}.{key}")
                if key in target
                else copy.deepcopy(value)
            )
        return target
    if isinstance(target, list):
        target.extend(
            copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)]
        )
        return target
    if isinstance(target, (dict, list)) or isinstance(update, (dict, list)):
        raise OverlayError(
            f"cannot merge {type(update).__name__} into {type(target).__name__} at {where}; "
            "remove the node first, then add the replacement"
        )
    return copy.deepcopy(update)


@dataclass(frozen=True)
class Action:
    target: str
    description: str
    update: Any = None
    remove: bool = False


@dataclass(frozen=True)
class Overlay:
    title: str
    actions: tuple[Action, ...]
    source: str = "<overlay>"


def parse_overlay(data: Any, source: str = "<overlay>") -> Overlay:
    """Validate an overlay document; every problem names the file and the action number."""
    if not isinstance(data, dict):
        raise OverlayError(f"{source}: an overlay must be a mapping")
    if str(data.get("overlay", "")).split(".")[0] != "1":
        raise OverlayError(f"{source}: expected `overlay: 1.0.0`, got {data.get('overlay')!r}")
    info = data.get("info")
    if not isinstance(info, dict) or not info.get("title"):
        raise OverlayError(f"{source}: `info.title` is required")
    raw_actions = data.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        raise OverlayError(f"{source}: `actions` must be a non-empty list")
    return Overlay(
        str(info["title"]),
        tuple(_parse_action(raw, f"{source}: action {n}") for n, raw in enumerate(raw_actions, 1)),
        source,
    )


def _parse_action(raw: Any, where: str) -> Action:
    if not isinstance(raw, dict):
        raise OverlayError(f"{where}: an action must be a mapping")
    unknown = set(raw) - {"target", "description", "update", "remove"}
    if unknown:
        raise OverlayError(f"{where}: unknown field(s) {sorted(unknown)}")
    target = raw.get("target")
    if not isinstance(target, str) or not target:
        raise OverlayError(f"{where}: `target` (a JSONPath string) is required")
    description = raw.get("description")
    if not isinstance(description, str) or not description.strip():
        raise OverlayError(f"{where} ({target}): a one-line `description` (the reason) is required")
    if "\n" in description.strip():
        raise OverlayError(f"{where} ({target}): `description` must be one line")
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        raise OverlayError(f"{where} ({target}): `remove` must be true or false")
    if remove == ("update" in raw):
        raise OverlayError(f"{where} ({target}): give exactly one of `update` or `remove: true`")
    try:
        parse_path(target)
    except OverlayError as error:
        raise OverlayError(f"{where}: {error}") from None
    return Action(target, description.strip(), raw.get("update"), remove)


def apply_action(spec: Spec, action: Action, where: str = "action") -> None:
    locations = select(spec, action.target)
    if not locations:
        raise OverlayError(
            f"{where}: target {action.target!r} selects nothing; the upstream spec changed or the "
            f"fix is obsolete ({action.description})"
        )
    if action.remove:
        # Delete list elements from the highest index down so earlier indexes stay valid.
        if any(isinstance(container, _Root) for container, _ in locations):
            raise OverlayError(f"{where}: cannot remove the document root")
        for container, key in sorted(
            locations, key=lambda loc: loc[1] if isinstance(loc[1], int) else -1, reverse=True
        ):
            del container[key]
        return
    for container, key in locations:
        try:
            container[key] = merge(container[key], action.update)
        except OverlayError as error:
            raise OverlayError(f"{where} ({action.target}): {error}") from None


def apply_overlay(spec: Spec, overlay: Overlay) -> Spec:
    """Apply each action in order, in place; returns ``spec`` for chaining."""
    for number, action in enumerate(overlay.actions, 1):
        apply_action(spec, action, f"{overlay.source}: action {number}")
    return spec


def load_overlay(path: Path) -> Overlay:
    return parse_overlay(load_data(path), str(path))


def apply_overlays(spec: Spec, paths: Sequence[Path]) -> Spec:
    for path in paths:
        spec = apply_overlay(spec, load_overlay(path))
    return spec
