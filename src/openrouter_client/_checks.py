"""Requests checked against the spec before they leave: names, JSON types, closed enums, nulls.

The rules are tables generated from the spec (``openrouter_api._checks``; see
``codegen/request_checks.py``), so no schema library runs here and a check costs a few dict
lookups per argument. A misspelt keyword is a ``TypeError`` naming the close match (as Python
does for a function); a value of the wrong JSON type, or ``None`` where the spec has no null, a
``TypeError``; a value outside an enum the spec closes, an empty list where one item is the
minimum, or a chat message without a valid ``role``, a ``ValueError``. ``extra_body`` is never
checked: it is how a field the spec does not know yet is sent.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._request import Operation

__all__ = ["check_arguments", "check_body"]

_WHAT = {
    "s": "a string",
    "i": "an integer",
    "n": "a number",
    "b": "a bool",
    "a": "a list",
    "o": "an object (a dict)",
    "z": "None",
}


def _is(code: str, value: Any) -> bool:
    if code == "s":
        if isinstance(value, str):
            return True
        return isinstance(value, _stringlike())  # formatted as strings (uuid, date-time)
    if code == "n":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if code == "i":
        return isinstance(value, int) and not isinstance(value, bool)
    if code == "b":
        return isinstance(value, bool)
    if code == "a":
        return isinstance(value, list | tuple)
    if code == "o":
        return isinstance(value, Mapping) or hasattr(value, "to_dict")
    return value is None  # "z"


@cache
def _stringlike() -> tuple[type, ...]:
    import datetime
    import uuid

    return (uuid.UUID, datetime.date)


def _squash(name: str) -> str:
    """A parameter's name as letters and digits: ``X-OpenRouter-Metadata`` and the generated
    argument ``x_open_router_metadata`` (or ``hash_`` for ``hash``) meet here."""
    return "".join(char for char in name.lower() if char.isalnum())


class _Table:
    """The rules of one operation, indexed for the argument names its ``build_request`` takes."""

    __slots__ = ("body", "label", "names", "params", "unset")

    def __init__(self, op: Operation[Any], raw: Mapping[str, Any]) -> None:
        self.label = f"{op.METHOD} {op.PATH}"
        by_squashed = {_squash(name): rule for name, rule in raw.get("params", {}).items()}
        import inspect

        self.names = tuple(inspect.signature(op.build_request).parameters)
        self.params = {
            name: by_squashed[_squash(name)] for name in self.names if _squash(name) in by_squashed
        }
        self.body: Mapping[str, Any] | None = raw.get("body")
        from openrouter_api.types import UNSET

        self.unset = UNSET  # what ``client.api`` methods pass for an argument not given


@cache
def _table(op: Any) -> _Table | None:  # an operation module (hashable, unlike the Protocol)
    try:
        from openrouter_api._checks import OPERATIONS
    except ImportError:  # a package generated before the checks existed: nothing to check
        return None
    raw = OPERATIONS.get(f"{op.METHOD} {op.PATH}")
    return None if raw is None else _Table(op, raw)


def check_arguments(op: Operation[Any], kwargs: Mapping[str, Any]) -> None:
    """Raise ``TypeError``/``ValueError`` for an argument of ``op`` the spec does not accept."""
    table = _table(op)  # type: ignore[arg-type]  # a module, hashable
    if table is None:
        return
    for name, value in kwargs.items():
        if value is table.unset:
            continue
        if name == "body":
            if table.body is not None and type(value) is dict:
                _check_body(table.label, table.body, value, unknown_ok=False)
            continue
        rule = table.params.get(name)
        if rule is not None:
            _check_value(table.label, name, value, rule)
        elif name not in table.names:
            raise TypeError(_unknown(table.label, name, table.names))


def check_body(method: str, path: str, body: Mapping[str, Any]) -> None:
    """Raise ``TypeError``/``ValueError`` for a request body (a whole JSON object, e.g. a line of
    a bulk run) that the spec's operation ``method path`` refuses. Keys the spec does not know
    pass: such a body has no ``extra_body`` beside it to carry them."""
    try:
        from openrouter_api._checks import OPERATIONS
    except ImportError:
        return
    raw = OPERATIONS.get(f"{method} {path}")
    spec = None if raw is None else raw.get("body")
    if spec is not None:
        _check_body(f"{method} {path}", spec, body, unknown_ok=True)


def _check_body(
    label: str, spec: Mapping[str, Any], body: Mapping[str, Any], *, unknown_ok: bool
) -> None:
    fields: Mapping[str, Any] = spec["fields"]
    for key, value in body.items():
        rule = fields.get(key)
        if rule is None:
            if not spec["open"] and not unknown_ok:
                raise TypeError(_unknown(label, key, fields))
            continue
        _check_value(label, key, value, rule)
    for key in spec["required"]:
        if key not in body:
            raise TypeError(f"{label} requires {key!r}, which was not given")


def _unknown(label: str, key: str, fields: Any) -> str:
    close = difflib.get_close_matches(key, list(fields), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return (
        f"unexpected keyword argument {key!r} for {label}{hint} (a field the spec does not "
        "know yet can be sent with extra_body={...})"
    )


def _check_value(label: str, name: str, value: Any, rule: tuple[Any, ...]) -> None:
    kinds, enum, min_items, items = rule
    if kinds and not any(_is(code, value) for code in kinds):
        expected = " or ".join(_WHAT[code] for code in kinds if code != "z")
        if value is None:
            raise TypeError(
                f"{name}=None: {label} does not accept null for {name!r}; leave it out not to "
                "send it"
            )
        nullable = " (or None)" if "z" in kinds else ""
        raise TypeError(
            f"{name} must be {expected}{nullable} for {label}, not "
            f"{type(value).__name__} {_short(value)}"
        )
    if enum is not None and isinstance(value, str) and value not in enum:
        raise ValueError(_not_one_of(f"{name}={value!r}", value, enum, label))
    if min_items is not None and isinstance(value, list | tuple) and len(value) < min_items:
        raise ValueError(
            f"{name} is empty; {label} needs at least {min_items} item"
            f"{'s' if min_items > 1 else ''}"
        )
    if items is not None and isinstance(value, list | tuple):
        _check_items(label, name, value, items)


def _check_items(label: str, name: str, values: list[Any] | tuple[Any, ...], rule: str) -> None:
    from openrouter_api._checks import ITEMS

    key, required = ITEMS[rule]
    for index, item in enumerate(values):
        if not isinstance(item, Mapping):
            if hasattr(item, "to_dict"):
                item = item.to_dict()
            else:
                raise TypeError(
                    f"{name}[{index}] must be an object (a dict), not {type(item).__name__}"
                )
        tag = item.get(key)
        if tag is None:
            raise ValueError(f"{name}[{index}] has no {key!r}; it is one of {_listing(required)}")
        keys = required.get(tag)
        if keys is None:
            raise ValueError(_not_one_of(f"{name}[{index}]: {key} {tag!r}", tag, required, label))
        for needed in keys:
            if needed not in item:
                raise ValueError(
                    f"{name}[{index}] ({key} {tag!r}) has no {needed!r}, which it needs"
                )


def _not_one_of(what: str, value: Any, allowed: Any, label: str) -> str:
    close = difflib.get_close_matches(str(value), [str(v) for v in allowed], n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"{what} is not one of {_listing(allowed)} for {label}{hint}"


def _listing(values: Any) -> str:
    return ", ".join(repr(v) for v in values)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
