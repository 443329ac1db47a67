from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.query_analytics_request_classifier_dimensions import (
        QueryAnalyticsRequestClassifierDimensions,
    )
    from ..models.query_analytics_request_classifier_filters import (
        QueryAnalyticsRequestClassifierFilters,
    )
    from ..models.query_analytics_request_filters_item import (
        QueryAnalyticsRequestFiltersItem,
    )
    from ..models.query_analytics_request_order_by import QueryAnalyticsRequestOrderBy
    from ..models.query_analytics_request_time_range import (
        QueryAnalyticsRequestTimeRange,
    )


@_attrs_define(slots=False, repr=False)
class QueryAnalyticsRequest(LazyModel):
    """
    Attributes:
        metrics (list[str]):
        classifier_dimensions (QueryAnalyticsRequestClassifierDimensions | None): Group results by custom classifier
            tags, breaking down metrics by the specified dimension values. Requires an active classifier on the workspace.
        classifier_filters (QueryAnalyticsRequestClassifierFilters | None): Filter results to generations with specific
            classifier tag values. Can be combined with classifier_dimensions (must use the same classifier_id) or used
            independently with standard dimensions.
        dimensions (list[str] | None):
        filters (list[QueryAnalyticsRequestFiltersItem] | None):
        granularity (str | None): Time granularity Example: day.
        group_limit (int | None): Maximum rows per distinct combination of dimensions. When omitted on time-series
            queries (granularity + dimensions), auto-computed to avoid truncating time windows. Explicit values override the
            default and may truncate time buckets if set lower than the number of buckets in the range. Ignored when no
            dimensions are specified. Example: 100.
        limit (int | None): Maximum total rows returned. Defaults to 1000. On time-series queries with dimensions and no
            explicit group_limit, the server may raise this to accommodate the expected number of unique time-
            bucket/dimension combinations.
        order_by (QueryAnalyticsRequestOrderBy | None):
        time_range (QueryAnalyticsRequestTimeRange | None):
    """

    metrics: list[str]
    classifier_dimensions: QueryAnalyticsRequestClassifierDimensions | None = ABSENT
    classifier_filters: QueryAnalyticsRequestClassifierFilters | None = ABSENT
    dimensions: list[str] | None = ABSENT
    filters: list[QueryAnalyticsRequestFiltersItem] | None = ABSENT
    granularity: str | None = ABSENT
    group_limit: int | None = ABSENT
    limit: int | None = ABSENT
    order_by: QueryAnalyticsRequestOrderBy | None = ABSENT
    time_range: QueryAnalyticsRequestTimeRange | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("metrics", "metrics"),
        ("classifier_dimensions", "classifier_dimensions"),
        ("classifier_filters", "classifier_filters"),
        ("dimensions", "dimensions"),
        ("filters", "filters"),
        ("granularity", "granularity"),
        ("group_limit", "group_limit"),
        ("limit", "limit"),
        ("order_by", "order_by"),
        ("time_range", "time_range"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "metrics",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "metrics",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.query_analytics_request_classifier_dimensions import (
            QueryAnalyticsRequestClassifierDimensions,
        )
        from ..models.query_analytics_request_classifier_filters import (
            QueryAnalyticsRequestClassifierFilters,
        )
        from ..models.query_analytics_request_filters_item import (
            QueryAnalyticsRequestFiltersItem,
        )
        from ..models.query_analytics_request_order_by import (
            QueryAnalyticsRequestOrderBy,
        )
        from ..models.query_analytics_request_time_range import (
            QueryAnalyticsRequestTimeRange,
        )

        def metrics_(raw__: Any) -> Any:
            metrics = cast(list[str], raw__)

            return metrics

        def classifier_dimensions_(raw__: Any) -> Any:
            classifier_dimensions = QueryAnalyticsRequestClassifierDimensions.from_dict(
                raw__
            )

            return classifier_dimensions

        def classifier_filters_(raw__: Any) -> Any:
            classifier_filters = QueryAnalyticsRequestClassifierFilters.from_dict(raw__)

            return classifier_filters

        def dimensions_(raw__: Any) -> Any:
            dimensions = cast(list[str], raw__)

            return dimensions

        def filters_(raw__: Any) -> Any:
            filters = []
            _filters = raw__
            for filters_item_data in _filters:
                filters_item = QueryAnalyticsRequestFiltersItem.from_dict(
                    filters_item_data
                )

                filters.append(filters_item)

            return filters

        def order_by_(raw__: Any) -> Any:
            order_by = QueryAnalyticsRequestOrderBy.from_dict(raw__)

            return order_by

        def time_range_(raw__: Any) -> Any:
            time_range = QueryAnalyticsRequestTimeRange.from_dict(raw__)

            return time_range

        return {
            "metrics": metrics_,
            "classifier_dimensions": classifier_dimensions_,
            "classifier_filters": classifier_filters_,
            "dimensions": dimensions_,
            "filters": filters_,
            "order_by": order_by_,
            "time_range": time_range_,
        }
