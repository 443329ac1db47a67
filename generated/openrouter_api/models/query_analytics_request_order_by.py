from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.query_analytics_request_order_by_direction import (
        QueryAnalyticsRequestOrderByDirection,
    )


@_attrs_define(slots=False, repr=False)
class QueryAnalyticsRequestOrderBy(LazyModel):
    """
    Attributes:
        direction (QueryAnalyticsRequestOrderByDirection):
        field (str): Field to order by: a metric included in `metrics` (or "request_count", which may be ordered by
            without being requested), a requested dimension, or "date". Example: request_count.
    """

    direction: QueryAnalyticsRequestOrderByDirection
    field: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("direction", "direction"),
        ("field", "field"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "direction",
            "field",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.query_analytics_request_order_by_direction import (
            QueryAnalyticsRequestOrderByDirection,
        )

        def direction_(raw__: Any) -> Any:
            direction = QueryAnalyticsRequestOrderByDirection(raw__)

            return direction

        return {
            "direction": direction_,
        }
