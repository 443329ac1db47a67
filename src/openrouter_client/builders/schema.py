"""Python types as JSON Schema, and JSON values back as instances of those types.

Tools and structured outputs describe what the model must send with the same type hints the
code then uses, so the schema the model sees and the check of what it sent cannot drift apart.

Supported: ``str``, ``int``, ``float``, ``bool``, ``None``, ``Any``, ``Optional``/``Union``/
``X | None``, ``Literal``, ``Enum`` (str/int values), ``list``/``tuple``/``set``/``Sequence``,
``dict[str, X]``, ``datetime``/``date``/``UUID`` (as formatted strings), ``NewType``, and classes:
dataclasses, attrs classes and ``TypedDict`` (``Required``/``NotRequired``/``total=False``),
nested and recursive. Descriptions come from ``Annotated[X, "description"]`` (or any metadata
with a ``documentation``/``description`` string), a field's ``metadata={"description": ...}``,
and the class docstring's ``Attributes:`` section; a dict in ``Annotated`` adds schema keywords
(``Annotated[int, {"minimum": 1}]``).

``strict=True`` gives what OpenAI-style strict mode accepts: every object closed
(``additionalProperties: false``) with all properties required; a field that may be left out
becomes nullable instead, and ``null`` then means "use the default". Types strict mode cannot
express (``dict[str, X]``, ``Any``, fixed-length tuples) raise ``TypeError``, naming the field.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import json
import types
import typing
import uuid
from collections import abc
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, overload

from ._docstrings import parse_docstring

__all__ = [
    "CoercionError",
    "Field",
    "coerce",
    "coerce_fields",
    "fields_of",
    "fields_schema",
    "json_schema",
    "to_json_value",
]

T = TypeVar("T")


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()  # "no default" (dataclasses' own MISSING would confuse Field)

_JSON_TYPE = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
_FORMATS: dict[type, str] = {
    datetime.datetime: "date-time",
    datetime.date: "date",
    datetime.time: "time",
    uuid.UUID: "uuid",
}
_ARRAY_ORIGINS: dict[Any, type] = {
    list: list,
    tuple: tuple,
    set: set,
    frozenset: frozenset,
    abc.Sequence: list,
    abc.MutableSequence: list,
    abc.Collection: list,
    abc.Iterable: list,
    abc.Set: set,
    abc.MutableSet: set,
}
_MAPPING_ORIGINS = (dict, abc.Mapping, abc.MutableMapping)


# -- fields of classes ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Field:
    """One property of an object schema: a class field or a function parameter.

    ``name`` is the JSON key; ``argument`` the keyword that sets it (attrs strips a leading
    underscore); ``default`` or ``factory`` is what leaving it out means.
    """

    name: str
    type: Any
    required: bool = True
    default: Any = MISSING
    factory: Any = MISSING
    description: str | None = None
    argument: str | None = None
    positional_only: bool = False

    @property
    def keyword(self) -> str:
        return self.argument or self.name


def _is_typeddict(tp: Any) -> bool:
    if typing.is_typeddict(tp):
        return True
    extensions = __import__("sys").modules.get("typing_extensions")
    return bool(extensions is not None and extensions.is_typeddict(tp))


def _is_attrs(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "__attrs_attrs__")


def _is_class_schema(tp: Any) -> bool:
    return isinstance(tp, type) and (
        dataclasses.is_dataclass(tp) or _is_attrs(tp) or _is_typeddict(tp)
    )


def _hints(owner: Any, label: str) -> dict[str, Any]:
    try:
        return typing.get_type_hints(owner, include_extras=True)
    except Exception as error:  # NameError for an unresolvable forward reference, mostly
        raise TypeError(f"{label}: cannot resolve the type hints ({error})") from error


def _marker(hint: Any) -> tuple[Any, bool | None]:
    """``Required[X]``/``NotRequired[X]`` unwrapped, and what they say (None: neither)."""
    origin = get_origin(hint)
    if origin is typing.Required:
        return get_args(hint)[0], True
    if origin is typing.NotRequired:
        return get_args(hint)[0], False
    if origin is typing.Annotated:
        inner, marker = _marker(get_args(hint)[0])
        if marker is not None:
            return typing.Annotated[(inner, *hint.__metadata__)], marker
    return hint, None


def _own_doc(cls: type) -> str | None:
    doc = cls.__dict__.get("__doc__")
    if not doc:
        return None
    if dataclasses.is_dataclass(cls) and doc.startswith(cls.__name__ + "("):
        return None  # the signature dataclasses writes when there is no docstring
    return str(doc)


@functools.cache
def fields_of(cls: type) -> tuple[Field, ...]:
    """The fields of a dataclass, attrs class or TypedDict, with their docs and defaults."""
    hints = _hints(cls, cls.__name__)
    docs = parse_docstring(_own_doc(cls)).params
    fields: list[Field] = []
    if _is_typeddict(cls):
        required_keys: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
        for name, hint in hints.items():
            inner, marker = _marker(hint)
            required = marker if marker is not None else name in required_keys
            fields.append(Field(name, inner, required, description=docs.get(name)))
        return tuple(fields)
    if _is_attrs(cls):
        import attrs

        for attribute in attrs.fields(cls):
            if not attribute.init:
                continue
            alias = getattr(attribute, "alias", None) or attribute.name.lstrip("_")
            default: Any = MISSING
            factory: Any = MISSING
            if isinstance(attribute.default, attrs.Factory):  # type: ignore[arg-type]
                # takes_self: computed from the other fields; all we know is "may be left out"
                factory = None if attribute.default.takes_self else attribute.default.factory
            elif attribute.default is not attrs.NOTHING:
                default = attribute.default
            hint = hints.get(attribute.name, attribute.type)
            if hint is None:
                raise TypeError(f"{cls.__name__}.{attribute.name}: the field has no type hint")
            description = attribute.metadata.get("description") or docs.get(attribute.name)
            fields.append(
                Field(
                    alias,
                    hint,
                    default is MISSING and factory is MISSING,
                    default,
                    factory,
                    description or docs.get(alias),
                )
            )
        return tuple(fields)
    if dataclasses.is_dataclass(cls):
        for field in dataclasses.fields(cls):
            if not field.init:
                continue
            has_default = (
                field.default is not dataclasses.MISSING
                or field.default_factory is not dataclasses.MISSING
            )
            fields.append(
                Field(
                    field.name,
                    hints.get(field.name, field.type),
                    not has_default,
                    MISSING if field.default is dataclasses.MISSING else field.default,
                    MISSING
                    if field.default_factory is dataclasses.MISSING
                    else field.default_factory,
                    field.metadata.get("description") or docs.get(field.name),
                )
            )
        return tuple(fields)
    raise TypeError(f"{cls.__name__} is not a dataclass, attrs class or TypedDict")


# -- schema -----------------------------------------------------------------------------------


def _strip(tp: Any) -> tuple[Any, list[Any]]:
    """``Annotated``/``NewType`` layers removed, and the ``Annotated`` metadata found."""
    metadata: list[Any] = []
    while True:
        if get_origin(tp) is typing.Annotated:
            metadata.extend(tp.__metadata__)
            tp = get_args(tp)[0]
        elif hasattr(tp, "__supertype__"):
            tp = tp.__supertype__
        else:
            return tp, metadata


def _describe(metadata: list[Any]) -> tuple[str | None, dict[str, Any]]:
    description: str | None = None
    keywords: dict[str, Any] = {}
    for item in metadata:
        if isinstance(item, str):
            description = item
        elif isinstance(item, Mapping):
            keywords.update(item)
        else:
            for attribute in ("documentation", "description"):
                text = getattr(item, attribute, None)
                if isinstance(text, str):
                    description = text
                    break
    return description, keywords


def _is_union(tp: Any) -> bool:
    origin = get_origin(tp)
    return origin is Union or origin is types.UnionType


def _accepts_none(tp: Any) -> bool:
    tp, _ = _strip(tp)
    if tp is None or tp is type(None) or tp is Any or tp is object:
        return True
    if _is_union(tp):
        return any(_accepts_none(arg) for arg in get_args(tp))
    if get_origin(tp) is Literal:
        return None in get_args(tp)
    return False


def _where(path: str) -> str:
    """A path for messages: the root is "value" (``value[0]`` for an item of a root list)."""
    return path if path and not path.startswith("[") else f"value{path}"


def _type_name(tp: Any) -> str:
    if isinstance(tp, type) and get_origin(tp) is None:
        return tp.__name__
    return repr(tp).replace("typing.", "")


def _enum_schema(values: list[Any]) -> dict[str, Any]:
    kinds: list[str] = []
    for value in values:
        kind = _JSON_TYPE.get(type(value))
        if kind is None:
            raise TypeError(f"{value!r} is not a JSON value")
        if kind not in kinds:
            kinds.append(kind)
    schema: dict[str, Any] = {"type": kinds[0] if len(kinds) == 1 else kinds}
    schema["enum"] = values
    return schema


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if "enum" in schema:
        if None in schema["enum"]:
            return schema
        schema = {**schema, "enum": [*schema["enum"], None]}
    if isinstance(kind, str) and "$ref" not in schema:
        return {**schema, "type": [kind, "null"]} if kind != "null" else schema
    if isinstance(kind, list):
        return schema if "null" in kind else {**schema, "type": [*kind, "null"]}
    if "anyOf" in schema:
        if {"type": "null"} in schema["anyOf"]:
            return schema
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    return {"anyOf": [schema, {"type": "null"}]}


def _json_default(value: Any) -> tuple[bool, Any]:
    try:
        encoded = to_json_value(value)
        json.dumps(encoded, allow_nan=False)
    except (TypeError, ValueError):
        return False, None
    return True, encoded


class _SchemaBuilder:
    def __init__(self, strict: bool, root: Any) -> None:
        self.strict = strict
        self.root = root
        self.defs: dict[str, Any] = {}
        self.names: dict[type, str] = {}
        self.stack: list[type] = []
        self.recursive: set[type] = set()

    def unsupported(self, tp: Any, path: str, why: str = "") -> TypeError:
        reason = why or "cannot be described as JSON Schema"
        return TypeError(f"{_where(path)}: {_type_name(tp)} {reason}")

    def schema(self, hint: Any, path: str) -> dict[str, Any]:
        tp, metadata = _strip(hint)
        description, keywords = _describe(metadata)
        schema = self.bare(tp, path)
        if description:
            schema = {**schema, "description": description}
        if keywords:
            schema = {**schema, **keywords}
        return schema

    def bare(self, tp: Any, path: str) -> dict[str, Any]:
        if tp is None or tp is type(None):
            return {"type": "null"}
        if tp is Any or tp is object:
            if self.strict:
                raise self.unsupported(tp, path, "cannot be used with strict=True (give a type)")
            return {}
        if tp in _JSON_TYPE:
            return {"type": _JSON_TYPE[tp]}
        if tp in _FORMATS:
            return {"type": "string", "format": _FORMATS[tp]}
        origin = get_origin(tp)
        if origin is Literal:
            return _enum_schema(list(get_args(tp)))
        if _is_union(tp):
            return self.union(tp, path)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            values = [member.value for member in tp]
            try:
                schema = _enum_schema(values)
            except TypeError:
                raise self.unsupported(tp, path, "has values that are not JSON") from None
            doc = tp.__dict__.get("__doc__")
            if doc and doc != "An enumeration.":
                schema["description"] = parse_docstring(doc).summary
            return schema
        if _is_class_schema(tp):
            return self.object(tp, path)
        if origin in _ARRAY_ORIGINS or tp in _ARRAY_ORIGINS:
            return self.array(tp, origin or tp, path)
        if origin in _MAPPING_ORIGINS or tp in _MAPPING_ORIGINS:
            return self.mapping(tp, path)
        if isinstance(tp, TypeVar):
            raise self.unsupported(tp, path, "is a type variable; give a concrete type")
        raise self.unsupported(tp, path)

    def union(self, tp: Any, path: str) -> dict[str, Any]:
        members = [self.schema(arg, path) for arg in get_args(tp)]
        if all(set(member) == {"type"} for member in members):
            kinds: list[str] = []
            for member in members:
                for kind in (
                    member["type"] if isinstance(member["type"], list) else [member["type"]]
                ):
                    if kind not in kinds:
                        kinds.append(kind)
            return {"type": kinds[0] if len(kinds) == 1 else kinds}
        return {"anyOf": members}

    def array(self, tp: Any, origin: Any, path: str) -> dict[str, Any]:
        args = get_args(tp)
        kind = _ARRAY_ORIGINS[origin]
        schema: dict[str, Any] = {"type": "array"}
        if kind is tuple and args and not (len(args) == 2 and args[1] is Ellipsis):
            if self.strict:
                raise self.unsupported(
                    tp, path, "(a fixed-length tuple) cannot be used with strict=True; use a list"
                )
            if args == ((),):
                return {**schema, "maxItems": 0}
            items = [self.schema(arg, f"{path}[{i}]") for i, arg in enumerate(args)]
            return {**schema, "prefixItems": items, "minItems": len(args), "maxItems": len(args)}
        if not args:
            if self.strict:
                raise self.unsupported(tp, path, "needs an item type with strict=True")
            return schema
        schema["items"] = self.schema(args[0], f"{path}[]")
        if kind in (set, frozenset) and not self.strict:
            schema["uniqueItems"] = True
        return schema

    def mapping(self, tp: Any, path: str) -> dict[str, Any]:
        if self.strict:
            raise self.unsupported(
                tp,
                path,
                "cannot be used with strict=True (strict objects have fixed properties); "
                "use a class, or strict=False",
            )
        args = get_args(tp)
        if args:
            key, _ = _strip(args[0])
            if key not in (str, Any):
                raise self.unsupported(tp, path, "has non-string keys (JSON keys are strings)")
            return {"type": "object", "additionalProperties": self.schema(args[1], f"{path}{{}}")}
        return {"type": "object"}

    def object(self, cls: type, path: str) -> dict[str, Any]:
        if cls in self.stack:
            self.recursive.add(cls)
            return {"$ref": self.ref(cls)}
        self.stack.append(cls)
        try:
            fields = fields_of(cls)
            prefix = path or cls.__name__
            schema = self.fields(fields, prefix)
        finally:
            self.stack.pop()
        doc = parse_docstring(_own_doc(cls)).summary
        if doc:
            schema = {"description": doc, **schema}
        if cls in self.recursive and cls is not self.root:
            self.defs[self.names[cls]] = schema
            return {"$ref": self.ref(cls)}
        return schema

    def ref(self, cls: type) -> str:
        if cls is self.root:
            return "#"
        name = self.names.get(cls)
        if name is None:
            name = cls.__name__
            taken = set(self.names.values())
            suffix = 2
            while name in taken:
                name = f"{cls.__name__}{suffix}"
                suffix += 1
            self.names[cls] = name
        return f"#/$defs/{name}"

    def fields(self, fields: tuple[Field, ...] | list[Field], prefix: str) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in fields:
            schema = self.schema(field.type, f"{prefix}.{field.name}")
            if field.description and _describe(_strip(field.type)[1])[0] is None:
                schema = {**schema, "description": field.description}
            if self.strict:
                if not field.required:
                    schema = _nullable(schema)
                required.append(field.name)
            elif field.required:
                required.append(field.name)
            elif field.default is not MISSING:
                ok, value = _json_default(field.default)
                if ok:
                    schema = {**schema, "default": value}
            properties[field.name] = schema
        out: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            out["required"] = required
        if self.strict:
            out["additionalProperties"] = False
        return out

    def finish(self, schema: dict[str, Any]) -> dict[str, Any]:
        if self.defs:
            return {**schema, "$defs": dict(self.defs)}
        return schema


def json_schema(tp: Any, *, strict: bool = False) -> dict[str, Any]:
    """The JSON Schema of values of type ``tp`` (see the module docstring for what is supported).

    Raises ``TypeError`` naming the type and the field path for what cannot be described.
    """
    builder = _SchemaBuilder(strict, _strip(tp)[0])
    return builder.finish(builder.schema(tp, ""))


def fields_schema(
    fields: list[Field] | tuple[Field, ...], *, strict: bool = False, path: str = ""
) -> dict[str, Any]:
    """The object schema of ``fields`` (a function's parameters, for a tool)."""
    builder = _SchemaBuilder(strict, None)
    return builder.finish(builder.fields(fields, path))


# -- JSON values back as Python values --------------------------------------------------------


class CoercionError(ValueError):
    """A JSON value does not match the type it should have; ``errors`` lists
    ``(path, message)`` for every mismatch found."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{_where(path)}: {message}" for path, message in errors))


_FAIL: Any = object()
_JSON_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    list: "an array",
    dict: "an object",
}


def _got(value: Any) -> str:
    shown = json.dumps(value, default=repr) if not isinstance(value, (dict, list)) else ""
    kind = _JSON_NAMES.get(type(value), type(value).__name__)
    if shown and len(shown) > 60:
        shown = shown[:57] + "..."
    return f"got {shown} ({kind})" if shown else f"got {kind}"


def _parse_formatted(value: Any, tp: type) -> Any:
    if tp is uuid.UUID:
        return uuid.UUID(value)
    return tp.fromisoformat(value)  # type: ignore[attr-defined]


class _Coercer:
    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []

    def fail(self, path: str, message: str) -> Any:
        self.errors.append((path, message))
        return _FAIL

    def value(self, value: Any, hint: Any, path: str) -> Any:
        tp, _ = _strip(hint)
        if tp is Any or tp is object:
            return value
        if tp is None or tp is type(None):
            return None if value is None else self.fail(path, f"expected null, {_got(value)}")
        if tp is bool:
            if type(value) is bool:
                return value
            return self.fail(path, f"expected a boolean, {_got(value)}")
        if tp is int:
            if type(value) is int:
                return value
            if type(value) is float and value.is_integer():
                return int(value)
            return self.fail(path, f"expected an integer, {_got(value)}")
        if tp is float:
            if type(value) in (int, float):
                return float(value)
            return self.fail(path, f"expected a number, {_got(value)}")
        if tp is str:
            return (
                value
                if type(value) is str
                else self.fail(path, f"expected a string, {_got(value)}")
            )
        if tp in _FORMATS:
            if type(value) is str:
                try:
                    return _parse_formatted(value, tp)
                except ValueError:
                    pass
            return self.fail(path, f"expected a {_FORMATS[tp]} string, {_got(value)}")
        origin = get_origin(tp)
        if origin is Literal:
            options = get_args(tp)
            for option in options:
                if value == option and type(value) is type(option):
                    return option
            allowed = ", ".join(json.dumps(o, default=str) for o in options)
            return self.fail(path, f"expected one of {allowed}; {_got(value)}")
        if _is_union(tp):
            return self.union(value, tp, path)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            for member in tp:
                if value == member.value and type(value) is type(member.value):
                    return member
            allowed = ", ".join(json.dumps(m.value, default=str) for m in tp)
            return self.fail(path, f"expected one of {allowed}; {_got(value)}")
        if _is_class_schema(tp):
            return self.object(value, tp, path)
        if origin in _ARRAY_ORIGINS or tp in _ARRAY_ORIGINS:
            return self.array(value, tp, origin or tp, path)
        if origin in _MAPPING_ORIGINS or tp in _MAPPING_ORIGINS:
            return self.mapping(value, tp, path)
        raise TypeError(f"{_where(path)}: {_type_name(tp)} is not a supported type")

    def union(self, value: Any, tp: Any, path: str) -> Any:
        members = sorted(get_args(tp), key=lambda m: 0 if _strip(m)[0] is type(value) else 1)
        failures: list[list[tuple[str, str]]] = []
        for member in members:
            attempt = _Coercer()
            result = attempt.value(value, member, path)
            if not attempt.errors:
                return result
            failures.append(attempt.errors)
        concrete = [m for m in members if _strip(m)[0] not in (None, type(None))]
        if value is not None and len(concrete) == 1:
            self.errors.extend(failures[members.index(concrete[0])])
            return _FAIL
        names = " | ".join(_type_name(_strip(m)[0]) for m in get_args(tp))
        return self.fail(path, f"expected {names}, {_got(value)}")

    def array(self, value: Any, tp: Any, origin: Any, path: str) -> Any:
        if type(value) is not list:
            return self.fail(path, f"expected an array, {_got(value)}")
        kind = _ARRAY_ORIGINS[origin]
        args = get_args(tp)
        if kind is tuple and args and not (len(args) == 2 and args[1] is Ellipsis):
            fixed = [] if args == ((),) else list(args)
            if len(value) != len(fixed):
                return self.fail(path, f"expected {len(fixed)} items, got {len(value)}")
            items = [
                self.value(v, t, f"{path}[{i}]")
                for i, (v, t) in enumerate(zip(value, fixed, strict=True))
            ]
        else:
            item_type = args[0] if args else Any
            items = [self.value(v, item_type, f"{path}[{i}]") for i, v in enumerate(value)]
        if any(item is _FAIL for item in items):
            return _FAIL
        try:
            return kind(items)
        except TypeError as error:  # unhashable items for a set
            return self.fail(path, str(error))

    def mapping(self, value: Any, tp: Any, path: str) -> Any:
        if type(value) is not dict:
            return self.fail(path, f"expected an object, {_got(value)}")
        args = get_args(tp)
        value_type = args[1] if args else Any
        out = {k: self.value(v, value_type, f"{path}.{k}" if path else k) for k, v in value.items()}
        return _FAIL if any(v is _FAIL for v in out.values()) else out

    def object(self, value: Any, cls: type, path: str) -> Any:
        kwargs = self.fields(value, fields_of(cls), path)
        if kwargs is _FAIL:
            return _FAIL
        if _is_typeddict(cls):
            return kwargs
        try:
            return cls(**kwargs)
        except Exception as error:  # a validator or __post_init__ refused the values
            return self.fail(path, f"{cls.__name__}: {type(error).__name__}: {error}")

    def fields(self, value: Any, fields: tuple[Field, ...] | list[Field], path: str) -> Any:
        if type(value) is not dict:
            return self.fail(path, f"expected an object, {_got(value)}")
        known = {field.name for field in fields}
        before = len(self.errors)
        kwargs: dict[str, Any] = {}
        for field in fields:
            where = f"{path}.{field.name}" if path else field.name
            if field.name not in value:
                if field.required:
                    self.fail(where, "missing required field")
                continue
            raw = value[field.name]
            if raw is None and not field.required and not _accepts_none(field.type):
                continue  # strict schemas send null for "left out": the default applies
            kwargs[field.keyword] = self.value(raw, field.type, where)
        for key in value:
            if key not in known:
                where = f"{path}.{key}" if path else key
                self.fail(
                    where, f"unexpected field (expected {', '.join(sorted(known)) or 'none'})"
                )
        return _FAIL if len(self.errors) > before else kwargs


@overload
def coerce(value: Any, tp: type[T]) -> T: ...
@overload
def coerce(value: Any, tp: Any) -> Any: ...
def coerce(value: Any, tp: Any) -> Any:
    """``value`` (decoded JSON) as a ``tp``: classes built, enums looked up, lists typed.

    Raises ``CoercionError`` listing every mismatch with its path (``items[2].price``).
    """
    coercer = _Coercer()
    result = coercer.value(value, tp, "")
    if coercer.errors:
        raise CoercionError(coercer.errors)
    return result


def coerce_fields(value: Any, fields: list[Field] | tuple[Field, ...]) -> dict[str, Any]:
    """An object of arguments checked against ``fields``: ``{keyword: converted value}``."""
    coercer = _Coercer()
    result = coercer.fields(value, fields, "")
    if coercer.errors:
        raise CoercionError(coercer.errors)
    return dict(result)


def to_json_value(value: Any) -> Any:
    """``value`` as JSON-ready data: dataclasses, attrs classes, enums, dates, sets, generated
    models (via ``to_dict``) and containers of them; other objects pass unchanged."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return to_json_value(value.value)
    if isinstance(value, Mapping):
        return {str(to_json_value(k)): to_json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_json_value(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if _is_attrs(type(value)):
        import attrs

        return {
            (a.alias or a.name): to_json_value(getattr(value, a.name))
            for a in attrs.fields(type(value))
        }
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return value
