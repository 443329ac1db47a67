from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_message_param_content_item_tool_result_content_item_type import (
        MessagesMessageParamContentItemToolResultContentItemType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesMessageParamContentItemToolResultContentItem(LazyModel):
    """
    Attributes:
        tool_name (str):
        type (MessagesMessageParamContentItemToolResultContentItemType):
    """

    tool_name: str
    type: MessagesMessageParamContentItemToolResultContentItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_name", "tool_name"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "tool_name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "tool_reference"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_message_param_content_item_tool_result_content_item_type import (
            MessagesMessageParamContentItemToolResultContentItemType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesMessageParamContentItemToolResultContentItemType(raw__)

            return type

        return {
            "type": type_,
        }
