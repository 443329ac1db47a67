from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_tool_addition_block_tool_tool_reference_type import (
        MessagesToolAdditionBlockToolToolReferenceType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesToolAdditionBlockToolToolReference(LazyModel):
    """
    Attributes:
        name (str):
        type (MessagesToolAdditionBlockToolToolReferenceType):
    """

    name: str
    type: MessagesToolAdditionBlockToolToolReferenceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "tool_reference"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_tool_addition_block_tool_tool_reference_type import (
            MessagesToolAdditionBlockToolToolReferenceType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesToolAdditionBlockToolToolReferenceType(raw__)

            return type

        return {
            "type": type_,
        }
