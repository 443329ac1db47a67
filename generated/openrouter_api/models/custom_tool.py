from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_format_text_config import ChatFormatTextConfig
    from ..models.custom_tool_format_grammar import CustomToolFormatGrammar
    from ..models.custom_tool_type import CustomToolType


@_attrs_define(slots=False, repr=False)
class CustomTool(LazyModel):
    """Custom tool configuration

    Example:
        {'name': 'my_tool', 'type': 'custom'}

    Attributes:
        name (str):
        type (CustomToolType):
        description (str | None):
        format (ChatFormatTextConfig | CustomToolFormatGrammar | None):
    """

    name: str
    type: CustomToolType
    description: str | None = ABSENT
    format: ChatFormatTextConfig | CustomToolFormatGrammar | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
        ("description", "description"),
        ("format", "format"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "custom"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_format_text_config import ChatFormatTextConfig
        from ..models.custom_tool_format_grammar import CustomToolFormatGrammar
        from ..models.custom_tool_type import CustomToolType

        def type_(raw__: Any) -> Any:
            type = CustomToolType(raw__)

            return type

        def format_(raw__: Any) -> Any:
            def _parse_format(
                data: object,
            ) -> ChatFormatTextConfig | CustomToolFormatGrammar:
                if ChatFormatTextConfig.accepts(data):
                    format_type_0 = ChatFormatTextConfig.from_dict(data)

                    return format_type_0
                if CustomToolFormatGrammar.accepts(data):
                    format_type_1 = CustomToolFormatGrammar.from_dict(data)

                    return format_type_1
                if ChatFormatTextConfig.discriminated_by(data):
                    return ChatFormatTextConfig.from_dict(data)
                if CustomToolFormatGrammar.discriminated_by(data):
                    return CustomToolFormatGrammar.from_dict(data)
                return cast(ChatFormatTextConfig | CustomToolFormatGrammar, data)

            format = _parse_format(raw__)

            return format

        return {
            "type": type_,
            "format": format_,
        }
