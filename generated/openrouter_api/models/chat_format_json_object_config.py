from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_format_json_object_config_type import (
        ChatFormatJsonObjectConfigType,
    )


@_attrs_define(slots=False, repr=False)
class ChatFormatJsonObjectConfig(LazyModel):
    """JSON object response format

    Example:
        {'type': 'json_object'}

    Attributes:
        type (ChatFormatJsonObjectConfigType):
    """

    type: ChatFormatJsonObjectConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "json_object"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.chat_format_json_object_config_type import (
            ChatFormatJsonObjectConfigType,
        )

        def type_(raw__: Any) -> Any:
            type = ChatFormatJsonObjectConfigType(raw__)

            return type

        return {
            "type": type_,
        }
