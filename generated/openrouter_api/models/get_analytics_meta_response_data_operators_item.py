from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.get_analytics_meta_response_data_operators_item_name import (
        GetAnalyticsMetaResponseDataOperatorsItemName,
    )
    from ..models.get_analytics_meta_response_data_operators_item_value_type import (
        GetAnalyticsMetaResponseDataOperatorsItemValueType,
    )


@_attrs_define(slots=False, repr=False)
class GetAnalyticsMetaResponseDataOperatorsItem(LazyModel):
    """
    Attributes:
        name (GetAnalyticsMetaResponseDataOperatorsItemName): Operator identifier used in filter definitions Example:
            eq.
        value_type (GetAnalyticsMetaResponseDataOperatorsItemValueType): Whether the operator expects a single value or
            an array
    """

    name: GetAnalyticsMetaResponseDataOperatorsItemName
    value_type: GetAnalyticsMetaResponseDataOperatorsItemValueType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("value_type", "value_type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "value_type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.get_analytics_meta_response_data_operators_item_name import (
            GetAnalyticsMetaResponseDataOperatorsItemName,
        )
        from ..models.get_analytics_meta_response_data_operators_item_value_type import (
            GetAnalyticsMetaResponseDataOperatorsItemValueType,
        )

        def name_(raw__: Any) -> Any:
            name = GetAnalyticsMetaResponseDataOperatorsItemName(raw__)

            return name

        def value_type_(raw__: Any) -> Any:
            value_type = GetAnalyticsMetaResponseDataOperatorsItemValueType(raw__)

            return value_type

        return {
            "name": name_,
            "value_type": value_type_,
        }
