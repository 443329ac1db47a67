from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.query_analytics_request_classifier_filters_filters_item import (
        QueryAnalyticsRequestClassifierFiltersFiltersItem,
    )


@_attrs_define(slots=False, repr=False)
class QueryAnalyticsRequestClassifierFilters(LazyModel):
    """Filter results to generations with specific classifier tag values. Can be combined with classifier_dimensions (must
    use the same classifier_id) or used independently with standard dimensions.

        Attributes:
            classifier_id (UUID): UUID of the classifier whose tags to filter by. Must match
                classifier_dimensions.classifier_id when both are specified. Example: 550e8400-e29b-41d4-a716-446655440000.
            filters (list[QueryAnalyticsRequestClassifierFiltersFiltersItem]):
    """

    classifier_id: UUID
    filters: list[QueryAnalyticsRequestClassifierFiltersFiltersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("classifier_id", "classifier_id"),
        ("filters", "filters"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "classifier_id",
            "filters",
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
        from uuid import UUID

        from ..models.query_analytics_request_classifier_filters_filters_item import (
            QueryAnalyticsRequestClassifierFiltersFiltersItem,
        )

        def classifier_id_(raw__: Any) -> Any:
            classifier_id = UUID(raw__)

            return classifier_id

        def filters_(raw__: Any) -> Any:
            filters = []
            _filters = raw__
            for filters_item_data in _filters:
                filters_item = (
                    QueryAnalyticsRequestClassifierFiltersFiltersItem.from_dict(
                        filters_item_data
                    )
                )

                filters.append(filters_item)

            return filters

        return {
            "classifier_id": classifier_id_,
            "filters": filters_,
        }
