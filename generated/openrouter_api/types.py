"""Shared types of the generated package, and the lazy, lenient decoding every model uses.

Reading a model (an answer):

* ``from_dict`` keeps the JSON object it was given and decodes a field only when it is first
  read, so an answer costs almost nothing until it is used.
* A field the answer omits reads as ``None``, like a field sent as ``null``. To tell the two
  apart, ask the model: ``r.usage.has("cost")`` is True when the key was received (even as
  ``null``) or set since, False when it was absent.
* The wire is looser than the spec, and nothing it carries is lost: a value the spec does not
  list becomes a new member of the field's ``str`` enum, an unknown union variant is kept as
  received, and undeclared keys stay in ``additional_properties`` (also ``model["key"]``).
* ``to_dict()`` returns exactly what was received, with the fields set since re-encoded;
  ``to_json()`` is the same as compact JSON text.

Building a model (a request body): a field not given is not sent, a field given as ``None`` is
sent as ``null``, and ``del model.field`` stops sending it.

This module is ``codegen/runtime/types.py``, copied verbatim into every generated package.
"""

from __future__ import annotations

import datetime
import enum
import json
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Literal, Protocol, TypeVar, cast

from attrs import define

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

_E_co = TypeVar("_E_co", covariant=True)


class Unset:
    """The type of ``UNSET``: an operation argument that was not given, so is not sent."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class _Absent:
    """The default of a model field not given to ``__init__``; never seen after ``__init__``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "ABSENT"


# Typed ``Any`` so that ``cost: float | None = ABSENT`` declares what a reader gets: a field that
# was not given is dropped right after ``__init__`` and reads as None.
ABSENT: Any = _Absent()
_MISSING: Any = object()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart/form-data body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The ``(file_name, payload, mime_type)`` tuple httpx accepts in ``files=``."""
        return self.file_name, self.payload, self.mime_type


class ResponseLike(Protocol):
    """What response parsers read: an ``httpx.Response``, or a facade's already-decoded stand-in."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def text(self) -> str: ...

    @property
    def headers(self) -> Any: ...

    def json(self) -> Any: ...


class EventStream(Protocol[_E_co]):
    """What an operation whose only successful answer is an event stream returns (blocking).

    Iterate it for the events, preferably inside ``with``: leaving the block, ``break`` or
    ``close()`` closes the connection. An error event, or a stream that breaks off, raises the
    client's ``StreamError`` with the events received so far on ``partial``.
    """

    def __iter__(self) -> Iterator[_E_co]: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def close(self) -> None: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


class AsyncEventStream(Protocol[_E_co]):
    """``EventStream`` of an async client: ``async for`` it inside ``async with``."""

    def __aiter__(self) -> AsyncIterator[_E_co]: ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    async def close(self) -> None: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


_Decoder = Callable[[Any], Any]
# Errors a field decoder may raise on a value the spec did not foresee; the value is then kept raw.
_DECODE_ERRORS = (TypeError, ValueError, KeyError, AttributeError)
# Decoded types whose encoding may differ from the text received (time zones, letter case).
_REFORMATTED = frozenset({datetime.datetime, datetime.date, uuid.UUID})


def encode(value: Any) -> Any:
    """Turn a decoded value back into JSON-compatible data (the inverse of a field decoder)."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {key: encode(item) for key, item in value.items()}
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


class _LazyField:
    """Reads a field from the wrapped JSON on first access, then caches it on the instance.

    A non-data descriptor: once the value sits in the instance ``__dict__`` (cached, set by the
    user, or given to ``__init__``), Python finds it there without calling this again. An absent
    field is not cached, so it stays absent for ``has`` and ``to_dict``.
    """

    __slots__ = ("decode", "key", "model", "name")

    def __init__(self, model: type[LazyModel], name: str, key: str) -> None:
        self.model = model
        self.name = name
        self.key = key
        # The model's decoders import the modules of its field types: look them up only when a
        # value first needs decoding, so neither ``from_dict`` nor ``__init__`` imports anything.
        self.decode: _Decoder | None = self._first_decode

    def _first_decode(self, value: Any) -> Any:
        model = self.model
        if "_decoder_map_" not in model.__dict__:
            model._decoder_map_ = model._decoders_()
        self.decode = decode = model._decoder_map_.get(self.name)
        return value if decode is None else decode(value)

    def __get__(self, obj: LazyModel | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        state = obj.__dict__
        raw = state.get("_raw_")
        if raw is None:
            return None  # built in code, and this field was not given
        value = raw.get(self.key, _MISSING)
        if value is _MISSING:
            return None
        decode = self.decode
        if decode is not None and value is not None:
            try:
                decoded = decode(value)
            except _DECODE_ERRORS:
                decoded = value  # not what the spec describes: keep it exactly as received
            if type(decoded) in _REFORMATTED:
                # ``2027-12-31T23:59:59Z`` would come back as ``...+00:00``: remember the text.
                state.setdefault("_as_received_", {})[self.name] = (decoded, value)
            value = decoded
        state[self.name] = value
        return value


class _LazyExtras:
    """``additional_properties`` of a wrapped object: the keys the spec does not declare."""

    def __get__(self, obj: LazyModel | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        state = obj.__dict__
        raw = state.get("_raw_")
        if raw is None:
            raise AttributeError("additional_properties")
        known = {key for _, key in type(obj)._fields_}
        value = {key: item for key, item in raw.items() if key not in known}
        state["additional_properties"] = value
        return value


def _install_lazy_fields(cls: type[LazyModel]) -> None:
    """Put a lazy reader on the class for each field (once, on first ``from_dict`` or ``__init__``).

    This runs after attrs has built the class (attrs removes class-level defaults).
    """
    for name, key in cls._fields_:
        setattr(cls, name, _LazyField(cls, name, key))
    cls.additional_properties = _LazyExtras()  # type: ignore[assignment]
    cls._lazy_fields_ = True


def to_json(value: Any) -> Any:
    """A request body as JSON-compatible data: models are encoded, plain mappings pass untouched."""
    if isinstance(value, Mapping) and not isinstance(value, LazyModel):
        return value
    return encode(value)


class LazyModel:
    """Base of every generated model: lazy ``from_dict``, lenient field decoding, lossless ``to_dict``.

    Subclasses are plain attrs classes; the class attributes below are filled in by the generator.
    """

    # (python attribute name, JSON key) for each declared property, in spec order.
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = ()
    # JSON keys the spec marks required, and JSON key -> value for constant ("discriminator") keys:
    # used to tell union variants apart without decoding them.
    _required_: ClassVar[frozenset[str]] = frozenset()
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
    # The required objects and arrays: an answer lacking one is broken, not merely terse (a chat
    # answer without ``choices``); a client decoding answers may refuse it.
    _essential_: ClassVar[frozenset[str]] = frozenset()
    _lazy_fields_: ClassVar[bool]
    _decoder_map_: ClassVar[dict[str, _Decoder]]

    @classmethod
    def _decoders_(cls) -> dict[str, _Decoder]:
        """Python name -> decoder of the raw JSON value, for fields that need more than pass-through."""
        return {}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object without copying it; fields are decoded when first read."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict: the fast path
            raise TypeError(
                f"{cls.__name__}.from_dict expects a JSON object, got {type(src_dict).__name__}"
            )
        if "_lazy_fields_" not in cls.__dict__:
            _install_lazy_fields(cls)
        obj = cls.__new__(cls)
        obj.__dict__["_raw_"] = src_dict
        return obj

    def __attrs_post_init__(self) -> None:
        """Forget the fields ``__init__`` was not given: they read as None and are not sent."""
        cls = type(self)
        if "_lazy_fields_" not in cls.__dict__:
            _install_lazy_fields(cls)
        state = self.__dict__
        for name in [name for name, value in state.items() if value is ABSENT]:
            del state[name]

    @classmethod
    def accepts(cls, data: object) -> bool:
        """Whether ``data`` looks like this model: its constant keys match and required keys exist."""
        if not isinstance(data, Mapping):
            return False
        for key, value in cls._consts_:
            if data.get(key, _MISSING) != value:
                return False
        return all(key in data for key in cls._required_)

    @classmethod
    def discriminated_by(cls, data: object) -> bool:
        """Whether ``data`` carries this model's constant keys (it has some), required keys aside."""
        if not cls._consts_ or not isinstance(data, Mapping):
            return False
        return all(data.get(key, _MISSING) == value for key, value in cls._consts_)

    @classmethod
    def _key_of(cls, name: str) -> str | None:
        for py_name, key in cls._fields_:
            if py_name == name:
                return key
        return None

    def has(self, name: str) -> bool:
        """Whether field ``name`` was received (even as ``null``) or set; False when absent.

        Absent and ``null`` fields both read as None; this is how to tell them apart.
        """
        key = type(self)._key_of(name)
        if key is None:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        state = self.__dict__
        if name in state:
            return True
        raw = state.get("_raw_")
        return raw is not None and key in raw

    def __delattr__(self, name: str) -> None:
        """``del model.field``: the field reads as None and ``to_dict`` leaves it out."""
        key = type(self)._key_of(name)
        if key is None:
            object.__delattr__(self, name)
            return
        state = self.__dict__
        state.pop(name, None)
        raw = state.get("_raw_")
        if raw is not None and key in raw:
            state["_raw_"] = {k: v for k, v in raw.items() if k != key}

    def __repr__(self) -> str:
        """The fields present, in spec order (absent ones are left out), then unknown ones."""
        parts = [
            f"{py_name}={getattr(self, py_name)!r}"
            for py_name, _ in type(self)._fields_
            if self.has(py_name)
        ]
        extra = self.__dict__.get("additional_properties")
        if extra is None and "_raw_" in self.__dict__:
            extra = self.additional_properties
        if extra:
            parts.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible dict: what was received, with any fields read or set since re-encoded."""
        state = self.__dict__
        raw = state.get("_raw_")
        fields = type(self)._fields_
        out: dict[str, Any]
        if raw is None:
            out = {
                key: encode(item) for key, item in state.get("additional_properties", {}).items()
            }
        elif "additional_properties" in state:
            known = {key for _, key in fields}
            out = {key: item for key, item in raw.items() if key in known}
            out.update((key, encode(item)) for key, item in state["additional_properties"].items())
        else:
            out = dict(raw)
        as_received = state.get("_as_received_", {})
        for py_name, key in fields:
            if py_name in state:
                item = state[py_name]
                if py_name in as_received and as_received[py_name][0] is item:
                    out[key] = as_received[py_name][1]
                else:
                    out[key] = encode(item)
        return out

    def to_json(self) -> str:
        """``to_dict()`` as compact JSON text."""
        return json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=False)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    if TYPE_CHECKING:
        additional_properties: dict[str, Any]


def open_enum_member(cls: type[enum.Enum], value: object) -> Any:
    """Make (once) a member for a value the spec did not list, so decoding never fails on it."""
    if not isinstance(value, str):
        return None
    # Made like the members of a str enum (``str.__new__`` of the enum class), then registered.
    member: Any = str.__new__(cast("type[str]", cls), value)
    member._name_ = value
    member._value_ = value
    return cls._value2member_map_.setdefault(value, member)


__all__ = [
    "ABSENT",
    "UNSET",
    "AsyncEventStream",
    "EventStream",
    "File",
    "FileTypes",
    "LazyModel",
    "RequestFiles",
    "ResponseLike",
    "Unset",
    "encode",
    "open_enum_member",
    "to_json",
]
