from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.session_cost_item import SessionCostItem
    from ..models.session_cost_meta import SessionCostMeta


@_attrs_define(slots=False, repr=False)
class SessionCostResponse(LazyModel):
    """
    Attributes:
        data (list[SessionCostItem]):
        meta (SessionCostMeta):
    """

    data: list[SessionCostItem]
    meta: SessionCostMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("meta", "meta"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "meta",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "meta",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.session_cost_item import SessionCostItem
        from ..models.session_cost_meta import SessionCostMeta

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = SessionCostItem.from_dict(data_item_data)

                data.append(data_item)

            return data

        def meta_(raw__: Any) -> Any:
            meta = SessionCostMeta.from_dict(raw__)

            return meta

        return {
            "data": data_,
            "meta": meta_,
        }
