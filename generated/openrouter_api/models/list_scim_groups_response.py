from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.scim_group import ScimGroup


@_attrs_define(slots=False, repr=False)
class ListScimGroupsResponse(LazyModel):
    """
    Attributes:
        data (list[ScimGroup]):
        total_count (int):
    """

    data: list[ScimGroup]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("total_count", "total_count"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "total_count",
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

        from ..models.scim_group import ScimGroup

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = ScimGroup.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
