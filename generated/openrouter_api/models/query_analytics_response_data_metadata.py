from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class QueryAnalyticsResponseDataMetadata(LazyModel):
    """
    Attributes:
        query_time_ms (float):
        row_count (int):
        truncated (bool):
    """

    query_time_ms: float
    row_count: int
    truncated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("query_time_ms", "query_time_ms"),
        ("row_count", "row_count"),
        ("truncated", "truncated"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "query_time_ms",
            "row_count",
            "truncated",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
