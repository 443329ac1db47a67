"""Apply OpenAPI Overlay 1.0 documents: our reviewed fixes to the upstream spec.

An overlay is ``{overlay: 1.0.0, info: {title, version}, actions: [{target, description, update |
remove}]}``. ``update`` is merged into every node the target selects (objects recursively, arrays
appended, scalars replaced); ``remove: true`` deletes every selected node.

Two rules stricter than the Overlay spec, because an overlay that silently stops matching after an
upstream update is a bug, and a fix without a reason cannot be reviewed:

* every action needs a one-line ``description``;
* a target that selects nothing (or an update that no longer fits the node it selects) is never
  ignored: :func:`apply_overlays` either raises, or, given a list, records an :class:`Inapplicable`
  for every such action of every file, skips it and goes on (``make generate`` reports them all in
  one run; ``make check-generated`` fails until the overlay is updated).

Targets use a small JSONPath subset, implemented here (see :func:`parse_path`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CodegenError
from .load import load_data

Spec = dict[str, Any]


class OverlayError(CodegenError, ValueError):
    """An overlay document is malformed, or one of its actions cannot be applied."""


# --- JSONPath subset -------------------------------------------------------------------------------
#
#   $                       the root
#   .name                   a member (letters, digits, _ and -)
#   ['name'] / ["name"]     a member with any characters (\' and \\ escapes)
#   [0] / [-1]              an array element
#   .* / [*]                every member of an object / element of an array
#   [?<filter>]             members/elements for which <filter> holds, where <filter> is built from
#                           @ (the candidate), @.a['b'] (a path into it), == and != against a
#                           literal ('x', "x", 1, 2.5, true, false, null), a bare path ("exists"),
#                           match(@.a, 'regex') / search(@.a, 'regex') (RFC 9535), !, &&, ||, ( )


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
    text: str
    predicate: Callable[[Any], bool] = field(compare=False, repr=False)


Segment = Name | Index | Wildcard | Filter

_NAME = re.compile(r"[A-Za-z0-9_\-]+")
_QUOTED = re.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\"""")
_INDEX = re.compile(r"-?\d+")
_STRING = r"'(?:[^'\\]|\\.)*'" + r'|"(?:[^"\\]|\\.)*"'
_FILTER_TOKEN = re.compile(
    rf"""\s*(?:(?P<string>{_STRING})|(?P<number>-?\d+(?:\.\d+)?)"""
    r"""|(?P<word>true|false|null|match|search)\b"""
    rf"""|(?P<path>@(?:\.[A-Za-z0-9_\-]+|\[(?:{_STRING})\])*)"""
    r"""|(?P<op>==|!=|&&|\|\||!|\(|\)|,)|(?P<close>\]))"""
)
_PATH_PART = re.compile(rf"""\.([A-Za-z0-9_\-]+)|\[({_STRING})\]""")
_LITERALS: dict[str, Any] = {"true": True, "false": False, "null": None}
_MISSING = object()


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _literal(kind: str, text: str) -> Any:
    if kind == "string":
        return _unquote(text[1:-1])
    if kind == "number":
        return float(text) if "." in text else int(text)
    return _LITERALS[text]


def _lookup(node: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _same(left: Any, right: Any) -> bool:
    """JSON equality: ``1 == true`` is false here, unlike in Python."""
    return left is not _MISSING and type(left) is type(right) and left == right


class _FilterParser:
    """Recursive descent over the tokens of one ``[?...]`` filter."""

    def __init__(self, expression: str, position: int) -> None:
        self.expression = expression
        self.tokens: list[tuple[str, str, int]] = []
        while True:
            match = _FILTER_TOKEN.match(expression, position)
            if not match or match.lastgroup is None:
                raise _unsupported(expression, position, "filter expression")
            kind = match.lastgroup
            self.tokens.append((kind, match.group(kind), match.start(kind)))
            position = match.end()
            if kind == "close":
                break
        self.index = 0

    def peek(self) -> tuple[str, str, int]:
        return self.tokens[self.index]

    def take(self, *texts: str) -> tuple[str, str, int]:
        token = self.tokens[self.index]
        if texts and token[1] not in texts:
            raise _unsupported(self.expression, token[2], f"filter: expected {' or '.join(texts)}")
        self.index += 1
        return token

    def parse(self) -> tuple[Callable[[Any], bool], int]:
        predicate = self.disjunction()
        kind, _, position = self.take()
        if kind != "close":
            raise _unsupported(self.expression, position, "filter: expected `]`")
        return predicate, position

    def disjunction(self) -> Callable[[Any], bool]:
        parts = [self.conjunction()]
        while self.peek()[1] == "||":
            self.take()
            parts.append(self.conjunction())
        return parts[0] if len(parts) == 1 else lambda node: any(part(node) for part in parts)

    def conjunction(self) -> Callable[[Any], bool]:
        parts = [self.unary()]
        while self.peek()[1] == "&&":
            self.take()
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else lambda node: all(part(node) for part in parts)

    def unary(self) -> Callable[[Any], bool]:
        kind, text, position = self.take()
        if text == "!":
            inner = self.unary()
            return lambda node: not inner(node)
        if text == "(":
            inner = self.disjunction()
            self.take(")")
            return inner
        if text in ("match", "search"):
            self.take("(")
            path = self.path(self.take())
            self.take(",")
            pattern_kind, pattern_text, pattern_position = self.take()
            if pattern_kind != "string":
                raise _unsupported(self.expression, pattern_position, "filter: regex string")
            self.take(")")
            pattern = re.compile(_literal("string", pattern_text))
            test = pattern.fullmatch if text == "match" else pattern.search
            return lambda node: isinstance(value := _lookup(node, path), str) and bool(test(value))
        if kind != "path":
            raise _unsupported(self.expression, position, "filter: expected @, !, ( or a function")
        path = self.path((kind, text, position))
        if self.peek()[1] not in ("==", "!="):
            return lambda node: _lookup(node, path) is not _MISSING
        operator = self.take()[1]
        literal_kind, literal_text, literal_position = self.take()
        valid = literal_kind in ("string", "number") or (
            literal_kind == "word" and literal_text in _LITERALS
        )
        if not valid:
            raise _unsupported(self.expression, literal_position, "filter: expected a literal")
        value = _literal(literal_kind, literal_text)
        if operator == "==":
            return lambda node: _same(_lookup(node, path), value)
        return lambda node: (
            (found := _lookup(node, path)) is not _MISSING and not _same(found, value)
        )

    def path(self, token: tuple[str, str, int]) -> tuple[str, ...]:
        kind, text, position = token
        if kind != "path":
            raise _unsupported(self.expression, position, "filter: expected a path starting at @")
        return tuple(
            name if name else _unquote(quoted[1:-1])
            for name, quoted in _PATH_PART.findall(text[1:])
        )


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
    elif expression.startswith("?", position):
        predicate, end = _FilterParser(expression, position + 1).parse()
        segment = Filter(expression[position:end], predicate)
    else:
        raise _unsupported(expression, position, "bracket selector")
    if not expression.startswith("]", end):
        raise _unsupported(expression, end, "bracket selector (expected `]`)")
    return segment, end + 1


def _unsupported(expression: str, position: int, what: str) -> OverlayError:
    return OverlayError(
        f"unsupported JSONPath syntax ({what}) at position {position} in {expression!r}; "
        "supported: $, .name, ['name'], [0], .*, [*], [?<filter>] (see codegen/overlay.py)"
    )


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
            if segment.predicate(child[0][child[1]]):
                yield child


class _Root(dict[str, Any]):
    """The synthetic container of the document root, so the root has a location too."""


def select(document: Any, expression: str) -> list[Location]:
    """Locations (container, key) of every node ``expression`` selects, in document order."""
    return _select_segments(document, parse_path(expression))


# --- Applying ---------------------------------------------------------------------------------------


def _merge_conflict(target: Any, update: Any, where: str) -> str | None:
    """Why merging ``update`` into ``target`` would change a node's shape; None if it would not."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            if key in target:
                found = _merge_conflict(target[key], value, f"{where}.{key}")
                if found:
                    return found
        return None
    if isinstance(target, list):
        return None
    if isinstance(target, (dict, list)) or isinstance(update, (dict, list)):
        return (
            f"cannot merge {type(update).__name__} into {type(target).__name__} at {where}; "
            "remove the node first, then add the replacement"
        )
    return None


def _merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        target.extend(
            copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)]
        )
        return target
    return copy.deepcopy(update)


def merge(target: Any, update: Any, where: str = "$") -> Any:
    """Overlay merge: objects recursively, arrays appended, scalars replaced; else an error.

    Checked before anything changes, so a refused merge leaves ``target`` as it was.
    """
    conflict = _merge_conflict(target, update, where)
    if conflict:
        raise OverlayError(conflict)
    return _merge(target, update)


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


@dataclass(frozen=True)
class Inapplicable:
    """An action that does not apply to this spec; it was skipped. ``problem`` says what is
    missing or in the way, ``advice`` what the maintainer does about it."""

    source: str
    number: int
    action: Action
    problem: str
    advice: str

    def report(self, source: str | None = None) -> str:
        return "\n".join(
            [
                f"{source or self.source}: action {self.number} no longer applies",
                f"    reason:  {self.action.description}",
                f"    target:  {self.action.target}",
                f"    problem: {self.problem}",
                f"    to do:   {self.advice}",
            ]
        )


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


def render_path(segments: Sequence[Segment]) -> str:
    """The JSONPath text of ``segments`` (the inverse of :func:`parse_path`, up to quoting)."""
    parts = ["$"]
    for segment in segments:
        if isinstance(segment, Name):
            plain = _NAME.fullmatch(segment.name)
            parts.append(f".{segment.name}" if plain else f"[{segment.name!r}]")
        elif isinstance(segment, Index):
            parts.append(f"[{segment.index}]")
        elif isinstance(segment, Wildcard):
            parts.append(".*")
        else:
            parts.append(f"[{segment.text}]")
    return "".join(parts)


def _select_segments(document: Any, segments: Sequence[Segment]) -> list[Location]:
    locations: list[Location] = [(_Root({"$": document}), "$")]
    for segment in segments:
        locations = [found for location in locations for found in _step(location, segment)]
    return locations


_RETARGET = "`make spec-diff SPEC=...` lists what was removed and added"


def diagnose(spec: Spec, target: str) -> tuple[str, str]:
    """(problem, advice) for a target that selects nothing: the deepest part that still exists."""
    segments = parse_path(target)
    depth = max(
        (n for n in range(len(segments) + 1) if _select_segments(spec, segments[:n])), default=0
    )
    found, missing = render_path(segments[:depth]), segments[depth]
    shown = render_path([missing])[1:]
    under = [s.name if isinstance(s, Name) else None for s in segments[:depth]]
    if under == ["components", "schemas"] and isinstance(missing, Name):
        return (
            f"this spec has no schema {missing.name!r}",
            f"if it was renamed, point the target at the new name ({_RETARGET}); "
            "if it is gone, delete the action",
        )
    if under == ["paths"] and isinstance(missing, Name):
        return (
            f"this spec has no path {missing.name!r}",
            f"if the operation moved, retarget the action ({_RETARGET}); if it is gone, delete it",
        )
    if isinstance(missing, Filter):
        problem = f"{found} exists, but no member of it matches {shown}"
    else:
        problem = f"{found} exists, but has no {shown}"
    return (
        problem,
        "if the spec now says what this action fixed, delete the action; "
        "otherwise retarget it to where the thing now lives",
    )


def _problem(spec: Spec, action: Action) -> tuple[str, str] | None:
    """(problem, advice) when ``action`` cannot apply to ``spec``; None when it can."""
    locations = select(spec, action.target)
    if not locations:
        problem, advice = diagnose(spec, action.target)
        return f"target selects nothing: {problem}", advice
    if action.remove:
        return None
    for container, key in locations:
        conflict = _merge_conflict(container[key], action.update, action.target)
        if conflict:
            return (
                f"the update no longer fits: {conflict}",
                "the spec changed the shape of the target: rewrite the action for the new shape "
                "(or delete it if the spec now says what it fixed)",
            )
    return None


def apply_action(spec: Spec, action: Action, where: str = "action") -> None:
    """Apply one action; :class:`OverlayError` if it does not apply (see :func:`apply_overlay`)."""
    found = _problem(spec, action)
    if found:
        raise OverlayError(f"{where}: {found[0]} ({action.description}); {found[1]}")
    locations = select(spec, action.target)
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
        container[key] = _merge(container[key], action.update)


def apply_overlay(
    spec: Spec, overlay: Overlay, inapplicable: list[Inapplicable] | None = None
) -> Spec:
    """Apply each action in order, in place; returns ``spec`` for chaining.

    An action that does not apply raises :class:`OverlayError`, unless ``inapplicable`` is given:
    then it is recorded there, skipped, and the next action applies.
    """
    for number, action in enumerate(overlay.actions, 1):
        if inapplicable is not None and (found := _problem(spec, action)):
            inapplicable.append(Inapplicable(overlay.source, number, action, *found))
            continue
        apply_action(spec, action, f"{overlay.source}: action {number}")
    return spec


def load_overlay(path: Path) -> Overlay:
    return parse_overlay(load_data(path), str(path))


def apply_overlays(
    spec: Spec, paths: Sequence[Path], inapplicable: list[Inapplicable] | None = None
) -> Spec:
    """Apply the overlay files in order; see :func:`apply_overlay` for ``inapplicable``."""
    for path in paths:
        spec = apply_overlay(spec, load_overlay(path), inapplicable)
    return spec
