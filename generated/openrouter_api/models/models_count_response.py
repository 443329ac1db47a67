from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.models_count_response_data import ModelsCountResponseData


@_attrs_define(slots=False, repr=False)
class ModelsCountResponse(LazyModel):
    """Model count data

    Example:
        {'data': {'count': 150}}

    Attributes:
        data (ModelsCountResponseData): Model count data Example: {'count': 150}.
    """

    data: ModelsCountResponseData
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

        from ..models.models_count_response_data import ModelsCountResponseData

        def data_(raw__: Any) -> Any:
            data = ModelsCountResponseData.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
