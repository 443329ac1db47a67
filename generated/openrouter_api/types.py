"""Shared types for properties, and the lazy, lenient decoding every model uses.

A model built with ``from_dict`` keeps the JSON object it was given and decodes a field only when
it is first read, so decoding a response costs almost nothing until it is used. Decoding is
lenient because the wire is looser than the spec: a field that is absent reads as ``UNSET``, a
value the spec did not foresee (a new enum member, an unknown union variant) is kept as received,
and keys the spec does not know stay in ``additional_properties`` and survive ``to_dict``.
"""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    Protocol,
    TypeVar,
)

from attrs import define

if TYPE_CHECKING:
    from typing import Self


class Unset:
    """The type of ``UNSET``: a field that was not sent, or not received."""

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
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


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
    user, or set by ``__init__``), Python finds it there without calling this again.
    """

    __slots__ = ("decode", "key", "name")

    def __init__(self, name: str, key: str, decode: _Decoder | None) -> None:
        self.name = name
        self.key = key
        self.decode = decode

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        state = obj.__dict__
        raw = state.get("_raw_")
        if raw is None:
            raise AttributeError(
                f"{type(obj).__name__!r} object has no attribute {self.name!r}"
            )
        value = raw.get(self.key, UNSET)
        decode = self.decode
        if decode is not None and value is not UNSET and value is not None:
            try:
                decoded = decode(value)
            except _DECODE_ERRORS:
                decoded = (
                    value  # not what the spec describes: keep it exactly as received
                )
            if type(decoded) in _REFORMATTED:
                # ``2027-12-31T23:59:59Z`` would come back as ``...+00:00``: remember the text.
                state.setdefault("_as_received_", {})[self.name] = (decoded, value)
            value = decoded
        state[self.name] = value
        return value


class _LazyExtras:
    """``additional_properties`` of a wrapped object: the keys the spec does not declare."""

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
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
    """Put a lazy reader on the class for each field (once, on first ``from_dict``).

    This runs after attrs has built the class (attrs removes class-level defaults); reading a
    field of an instance made by ``__init__`` never reaches these readers.
    """
    decoders = cls._decoders_()
    for name, key in cls._fields_:
        setattr(cls, name, _LazyField(name, key, decoders.get(name)))
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
    _lazy_fields_: ClassVar[bool]

    @classmethod
    def _decoders_(cls) -> dict[str, _Decoder]:
        """Python name -> decoder of the raw JSON value, for fields that need more than pass-through."""
        return {}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object without copying it; fields are decoded when first read."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}.from_dict expects a JSON object, got {type(src_dict).__name__}"
            )
        if "_lazy_fields_" not in cls.__dict__:
            _install_lazy_fields(cls)
        obj = cls.__new__(cls)
        obj.__dict__["_raw_"] = src_dict
        return obj

    @classmethod
    def accepts(cls, data: object) -> bool:
        """Whether ``data`` looks like this model: its constant keys match and required keys exist."""
        if not isinstance(data, Mapping):
            return False
        for key, value in cls._consts_:
            if data.get(key, UNSET) != value:
                return False
        return all(key in data for key in cls._required_)

    @classmethod
    def discriminated_by(cls, data: object) -> bool:
        """Whether ``data`` carries this model's constant keys (it has some), required keys aside."""
        if not cls._consts_ or not isinstance(data, Mapping):
            return False
        return all(data.get(key, UNSET) == value for key, value in cls._consts_)

    def __repr__(self) -> str:
        """The fields present, in spec order (absent ones, UNSET, are left out), then unknown ones."""
        parts = []
        for py_name, _ in type(self)._fields_:
            value = getattr(self, py_name, UNSET)
            if value is not UNSET:
                parts.append(f"{py_name}={value!r}")
        extra = self.__dict__.get("additional_properties")
        if extra is None and "_raw_" in self.__dict__:
            extra = getattr(self, "additional_properties", None)
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
                key: encode(item)
                for key, item in state.get("additional_properties", {}).items()
            }
        elif "additional_properties" in state:
            known = {key for _, key in fields}
            out = {key: item for key, item in raw.items() if key in known}
            out.update(
                (key, encode(item))
                for key, item in state["additional_properties"].items()
            )
        else:
            out = dict(raw)
        as_received = state.get("_as_received_", {})
        for py_name, key in fields:
            if py_name in state:
                item = state[py_name]
                if item is UNSET:
                    out.pop(key, None)
                elif py_name in as_received and as_received[py_name][0] is item:
                    out[key] = as_received[py_name][1]
                else:
                    out[key] = encode(item)
        return out

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
    member = str.__new__(cls, value)  # type: ignore[call-overload]
    member._name_ = value
    member._value_ = value
    return cls._value2member_map_.setdefault(value, member)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "LazyModel",
    "RequestFiles",
    "Response",
    "ResponseLike",
    "Unset",
    "encode",
    "open_enum_member",
    "to_json",
]
