from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class GetCurrentKeyResponseDataRateLimit(LazyModel):
    """Legacy rate limit information about a key. Will always return -1.

    Example:
        {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}

    Attributes:
        interval (str): Rate limit interval Example: 1h.
        note (str): Note about the rate limit Example: This field is deprecated and safe to ignore..
        requests (int): Number of requests allowed per interval Example: 1000.
    """

    interval: str
    note: str
    requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("interval", "interval"),
        ("note", "note"),
        ("requests", "requests"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "interval",
            "note",
            "requests",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
