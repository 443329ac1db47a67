from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

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
        type_ (CustomToolType):
        description (str | Unset):
        format_ (ChatFormatTextConfig | CustomToolFormatGrammar | Unset):
    """

    name: str
    type_: CustomToolType
    description: str | Unset = UNSET
    format_: ChatFormatTextConfig | CustomToolFormatGrammar | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type_", "type"),
        ("description", "description"),
        ("format_", "format"),
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

        def type__(raw__: Any) -> Any:
            type_ = CustomToolType(raw__)

            return type_

        def format__(raw__: Any) -> Any:
            def _parse_format_(
                data: object,
            ) -> ChatFormatTextConfig | CustomToolFormatGrammar | Unset:
                if isinstance(data, Unset):
                    return data
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
                return cast(
                    ChatFormatTextConfig | CustomToolFormatGrammar | Unset, data
                )

            format_ = _parse_format_(raw__)

            return format_

        return {
            "type_": type__,
            "format_": format__,
        }
