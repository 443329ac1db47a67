from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.get_analytics_meta_response_data_granularities_item_name import (
        GetAnalyticsMetaResponseDataGranularitiesItemName,
    )


@_attrs_define(slots=False, repr=False)
class GetAnalyticsMetaResponseDataGranularitiesItem(LazyModel):
    """
    Attributes:
        display_label (str): Human-readable label Example: Day.
        name (GetAnalyticsMetaResponseDataGranularitiesItemName): Granularity identifier Example: day.
    """

    display_label: str
    name: GetAnalyticsMetaResponseDataGranularitiesItemName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("display_label", "display_label"),
        ("name", "name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "display_label",
            "name",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.get_analytics_meta_response_data_granularities_item_name import (
            GetAnalyticsMetaResponseDataGranularitiesItemName,
        )

        def name_(raw__: Any) -> Any:
            name = GetAnalyticsMetaResponseDataGranularitiesItemName(raw__)

            return name

        return {
            "name": name_,
        }
