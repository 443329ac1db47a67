from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.provider_sort import ProviderSort
    from ..models.provider_sort_config_partition import ProviderSortConfigPartition


@_attrs_define(slots=False, repr=False)
class ProviderSortConfig(LazyModel):
    """The provider sorting strategy (price, throughput, latency)

    Example:
        {'by': 'price', 'partition': 'model'}

    Attributes:
        by (ProviderSort | None): The provider sorting strategy (price, throughput, latency) Example: price.
        partition (ProviderSortConfigPartition | None): Partitioning strategy for sorting: "model" (default) groups
            endpoints by model before sorting (fallback models remain fallbacks), "none" sorts all endpoints together
            regardless of model. Example: model.
    """

    by: ProviderSort | None = ABSENT
    partition: ProviderSortConfigPartition | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("by", "by"),
        ("partition", "partition"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.provider_sort import ProviderSort
        from ..models.provider_sort_config_partition import ProviderSortConfigPartition

        def by_(raw__: Any) -> Any:
            def _parse_by(data: object) -> None | ProviderSort:
                if data is None:
                    return data
                if ProviderSort.is_declared(data):
                    by_type_0 = ProviderSort(data)

                    return by_type_0
                if isinstance(data, str):
                    return ProviderSort(data)
                return cast(None | ProviderSort, data)

            by = _parse_by(raw__)

            return by

        def partition_(raw__: Any) -> Any:
            def _parse_partition(data: object) -> None | ProviderSortConfigPartition:
                if data is None:
                    return data
                if ProviderSortConfigPartition.is_declared(data):
                    partition_type_0 = ProviderSortConfigPartition(data)

                    return partition_type_0
                if isinstance(data, str):
                    return ProviderSortConfigPartition(data)
                return cast(None | ProviderSortConfigPartition, data)

            partition = _parse_partition(raw__)

            return partition

        return {
            "by": by_,
            "partition": partition_,
        }
