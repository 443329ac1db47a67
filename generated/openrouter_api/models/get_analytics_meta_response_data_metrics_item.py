from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.get_analytics_meta_response_data_metrics_item_display_format import (
        GetAnalyticsMetaResponseDataMetricsItemDisplayFormat,
    )


@_attrs_define(slots=False, repr=False)
class GetAnalyticsMetaResponseDataMetricsItem(LazyModel):
    """
    Attributes:
        display_format (GetAnalyticsMetaResponseDataMetricsItemDisplayFormat): How this metric value should be formatted
            for display (e.g. percent → multiply by 100 and append %, currency → prefix with $) Example: number.
        display_label (str): Human-readable label Example: Request Count.
        is_rate (bool): Whether this metric is a rate/ratio (averaged, not summed)
        name (str): Metric identifier used in query requests Example: request_count.
    """

    display_format: GetAnalyticsMetaResponseDataMetricsItemDisplayFormat
    display_label: str
    is_rate: bool
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("display_format", "display_format"),
        ("display_label", "display_label"),
        ("is_rate", "is_rate"),
        ("name", "name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "display_format",
            "display_label",
            "is_rate",
            "name",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.get_analytics_meta_response_data_metrics_item_display_format import (
            GetAnalyticsMetaResponseDataMetricsItemDisplayFormat,
        )

        def display_format_(raw__: Any) -> Any:
            display_format = GetAnalyticsMetaResponseDataMetricsItemDisplayFormat(raw__)

            return display_format

        return {
            "display_format": display_format_,
        }
