from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_output_config_format_schema import (
        MessagesOutputConfigFormatSchema,
    )
    from ..models.messages_output_config_format_type import (
        MessagesOutputConfigFormatType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesOutputConfigFormat(LazyModel):
    """
    Attributes:
        schema (MessagesOutputConfigFormatSchema):
        type (MessagesOutputConfigFormatType):
    """

    schema: MessagesOutputConfigFormatSchema
    type: MessagesOutputConfigFormatType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("schema", "schema"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "schema",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "schema",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "json_schema"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_output_config_format_schema import (
            MessagesOutputConfigFormatSchema,
        )
        from ..models.messages_output_config_format_type import (
            MessagesOutputConfigFormatType,
        )

        def schema_(raw__: Any) -> Any:
            schema = MessagesOutputConfigFormatSchema.from_dict(raw__)

            return schema

        def type_(raw__: Any) -> Any:
            type = MessagesOutputConfigFormatType(raw__)

            return type

        return {
            "schema": schema_,
            "type": type_,
        }
