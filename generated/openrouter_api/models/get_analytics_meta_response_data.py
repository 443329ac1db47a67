from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.get_analytics_meta_response_data_dimensions_item import (
        GetAnalyticsMetaResponseDataDimensionsItem,
    )
    from ..models.get_analytics_meta_response_data_granularities_item import (
        GetAnalyticsMetaResponseDataGranularitiesItem,
    )
    from ..models.get_analytics_meta_response_data_metrics_item import (
        GetAnalyticsMetaResponseDataMetricsItem,
    )
    from ..models.get_analytics_meta_response_data_operators_item import (
        GetAnalyticsMetaResponseDataOperatorsItem,
    )


@_attrs_define(slots=False, repr=False)
class GetAnalyticsMetaResponseData(LazyModel):
    """
    Attributes:
        dimensions (list[GetAnalyticsMetaResponseDataDimensionsItem]):
        granularities (list[GetAnalyticsMetaResponseDataGranularitiesItem]):
        metrics (list[GetAnalyticsMetaResponseDataMetricsItem]):
        operators (list[GetAnalyticsMetaResponseDataOperatorsItem]):
    """

    dimensions: list[GetAnalyticsMetaResponseDataDimensionsItem]
    granularities: list[GetAnalyticsMetaResponseDataGranularitiesItem]
    metrics: list[GetAnalyticsMetaResponseDataMetricsItem]
    operators: list[GetAnalyticsMetaResponseDataOperatorsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("dimensions", "dimensions"),
        ("granularities", "granularities"),
        ("metrics", "metrics"),
        ("operators", "operators"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "dimensions",
            "granularities",
            "metrics",
            "operators",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "dimensions",
            "granularities",
            "metrics",
            "operators",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.get_analytics_meta_response_data_dimensions_item import (
            GetAnalyticsMetaResponseDataDimensionsItem,
        )
        from ..models.get_analytics_meta_response_data_granularities_item import (
            GetAnalyticsMetaResponseDataGranularitiesItem,
        )
        from ..models.get_analytics_meta_response_data_metrics_item import (
            GetAnalyticsMetaResponseDataMetricsItem,
        )
        from ..models.get_analytics_meta_response_data_operators_item import (
            GetAnalyticsMetaResponseDataOperatorsItem,
        )

        def dimensions_(raw__: Any) -> Any:
            dimensions = []
            _dimensions = raw__
            for dimensions_item_data in _dimensions:
                dimensions_item = GetAnalyticsMetaResponseDataDimensionsItem.from_dict(
                    dimensions_item_data
                )

                dimensions.append(dimensions_item)

            return dimensions

        def granularities_(raw__: Any) -> Any:
            granularities = []
            _granularities = raw__
            for granularities_item_data in _granularities:
                granularities_item = (
                    GetAnalyticsMetaResponseDataGranularitiesItem.from_dict(
                        granularities_item_data
                    )
                )

                granularities.append(granularities_item)

            return granularities

        def metrics_(raw__: Any) -> Any:
            metrics = []
            _metrics = raw__
            for metrics_item_data in _metrics:
                metrics_item = GetAnalyticsMetaResponseDataMetricsItem.from_dict(
                    metrics_item_data
                )

                metrics.append(metrics_item)

            return metrics

        def operators_(raw__: Any) -> Any:
            operators = []
            _operators = raw__
            for operators_item_data in _operators:
                operators_item = GetAnalyticsMetaResponseDataOperatorsItem.from_dict(
                    operators_item_data
                )

                operators.append(operators_item)

            return operators

        return {
            "dimensions": dimensions_,
            "granularities": granularities_,
            "metrics": metrics_,
            "operators": operators_,
        }
