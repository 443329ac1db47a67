from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.query_analytics_response_data import QueryAnalyticsResponseData


@_attrs_define(slots=False, repr=False)
class QueryAnalyticsResponse(LazyModel):
    """
    Attributes:
        data (QueryAnalyticsResponseData):
    """

    data: QueryAnalyticsResponseData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.query_analytics_response_data import QueryAnalyticsResponseData

        def data_(raw__: Any) -> Any:
            data = QueryAnalyticsResponseData.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
