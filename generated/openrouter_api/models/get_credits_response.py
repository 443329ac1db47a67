from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.get_credits_response_data import GetCreditsResponseData


@_attrs_define(slots=False, repr=False)
class GetCreditsResponse(LazyModel):
    """Total credits purchased and used

    Example:
        {'data': {'total_credits': 100.5, 'total_usage': 25.75}}

    Attributes:
        data (GetCreditsResponseData):  Example: {'total_credits': 100.5, 'total_usage': 25.75}.
    """

    data: GetCreditsResponseData
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

        from ..models.get_credits_response_data import GetCreditsResponseData

        def data_(raw__: Any) -> Any:
            data = GetCreditsResponseData.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
