from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class AnthropicContainer(LazyModel):
    """
    Example:
        {'expires_at': '2026-04-08T00:00:00Z', 'id': 'ctr_01abc'}

    Attributes:
        expires_at (str):
        id (str):
    """

    expires_at: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("expires_at", "expires_at"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "expires_at",
            "id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
