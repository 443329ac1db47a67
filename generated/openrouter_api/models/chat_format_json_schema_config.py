from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_format_json_schema_config_type import (
        ChatFormatJsonSchemaConfigType,
    )
    from ..models.chat_json_schema_config import ChatJsonSchemaConfig


@_attrs_define(slots=False, repr=False)
class ChatFormatJsonSchemaConfig(LazyModel):
    """JSON Schema response format for structured outputs

    Example:
        {'json_schema': {'name': 'math_response', 'schema': {'properties': {'answer': {'type': 'number'}}, 'required':
            ['answer'], 'type': 'object'}}, 'type': 'json_schema'}

    Attributes:
        json_schema (ChatJsonSchemaConfig): JSON Schema configuration object Example: {'description': 'A mathematical
            response', 'name': 'math_response', 'schema': {'properties': {'answer': {'type': 'number'}}, 'required':
            ['answer'], 'type': 'object'}, 'strict': True}.
        type (ChatFormatJsonSchemaConfigType):
    """

    json_schema: ChatJsonSchemaConfig
    type: ChatFormatJsonSchemaConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("json_schema", "json_schema"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "json_schema",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "json_schema",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "json_schema"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_format_json_schema_config_type import (
            ChatFormatJsonSchemaConfigType,
        )
        from ..models.chat_json_schema_config import ChatJsonSchemaConfig

        def json_schema_(raw__: Any) -> Any:
            json_schema = ChatJsonSchemaConfig.from_dict(raw__)

            return json_schema

        def type_(raw__: Any) -> Any:
            type = ChatFormatJsonSchemaConfigType(raw__)

            return type

        return {
            "json_schema": json_schema_,
            "type": type_,
        }
