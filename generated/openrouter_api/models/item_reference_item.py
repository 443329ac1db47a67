from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.item_reference_item_type import ItemReferenceItemType


@_attrs_define(slots=False, repr=False)
class ItemReferenceItem(LazyModel):
    """A reference to a previous response item by ID

    Example:
        {'id': 'msg-abc123', 'type': 'item_reference'}

    Attributes:
        id (str):
        type (ItemReferenceItemType):
    """

    id: str
    type: ItemReferenceItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "item_reference"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.item_reference_item_type import ItemReferenceItemType

        def type_(raw__: Any) -> Any:
            type = ItemReferenceItemType(raw__)

            return type

        return {
            "type": type_,
        }
