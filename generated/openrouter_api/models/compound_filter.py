from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.compound_filter_filters_item import CompoundFilterFiltersItem
    from ..models.compound_filter_type import CompoundFilterType


@_attrs_define(slots=False, repr=False)
class CompoundFilter(LazyModel):
    """A compound filter that combines multiple comparison or compound filters

    Example:
        {'filters': [{'key': 'author', 'type': 'eq', 'value': 'Alice'}], 'type': 'and'}

    Attributes:
        filters (list[CompoundFilterFiltersItem]):
        type (CompoundFilterType):
    """

    filters: list[CompoundFilterFiltersItem]
    type: CompoundFilterType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("filters", "filters"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "filters",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "filters",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.compound_filter_filters_item import CompoundFilterFiltersItem
        from ..models.compound_filter_type import CompoundFilterType

        def filters_(raw__: Any) -> Any:
            filters = []
            _filters = raw__
            for filters_item_data in _filters:
                filters_item = CompoundFilterFiltersItem.from_dict(filters_item_data)

                filters.append(filters_item)

            return filters

        def type_(raw__: Any) -> Any:
            type = CompoundFilterType(raw__)

            return type

        return {
            "filters": filters_,
            "type": type_,
        }
