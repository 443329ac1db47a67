from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class BulkAssignMembersResponse(LazyModel):
    """
    Example:
        {'assigned_count': 2}

    Attributes:
        assigned_count (int): Number of members successfully assigned Example: 2.
    """

    assigned_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("assigned_count", "assigned_count"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "assigned_count",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
