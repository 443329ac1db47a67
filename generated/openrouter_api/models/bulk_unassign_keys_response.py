from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class BulkUnassignKeysResponse(LazyModel):
    """
    Example:
        {'unassigned_count': 3}

    Attributes:
        unassigned_count (int): Number of keys successfully unassigned Example: 3.
    """

    unassigned_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("unassigned_count", "unassigned_count"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "unassigned_count",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
