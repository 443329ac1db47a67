from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.query_analytics_response_data_data_item import (
        QueryAnalyticsResponseDataDataItem,
    )
    from ..models.query_analytics_response_data_metadata import (
        QueryAnalyticsResponseDataMetadata,
    )


@_attrs_define(slots=False, repr=False)
class QueryAnalyticsResponseData(LazyModel):
    """
    Attributes:
        data (list[QueryAnalyticsResponseDataDataItem]):
        metadata (QueryAnalyticsResponseDataMetadata):
        cached_at (float | None):
        warnings (list[str] | None): Warnings about filter resolution issues (e.g. unresolvable api_key_id hashes). The
            query still runs normally; these inform the caller that some filter values could not be resolved.
    """

    data: list[QueryAnalyticsResponseDataDataItem]
    metadata: QueryAnalyticsResponseDataMetadata
    cached_at: float | None = ABSENT
    warnings: list[str] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("metadata", "metadata"),
        ("cached_at", "cachedAt"),
        ("warnings", "warnings"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "metadata",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "metadata",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.query_analytics_response_data_data_item import (
            QueryAnalyticsResponseDataDataItem,
        )
        from ..models.query_analytics_response_data_metadata import (
            QueryAnalyticsResponseDataMetadata,
        )

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = QueryAnalyticsResponseDataDataItem.from_dict(data_item_data)

                data.append(data_item)

            return data

        def metadata_(raw__: Any) -> Any:
            metadata = QueryAnalyticsResponseDataMetadata.from_dict(raw__)

            return metadata

        def warnings_(raw__: Any) -> Any:
            warnings = cast(list[str], raw__)

            return warnings

        return {
            "data": data_,
            "metadata": metadata_,
            "warnings": warnings_,
        }
