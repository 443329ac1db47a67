from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.format_json_schema_config_schema import FormatJsonSchemaConfigSchema
    from ..models.format_json_schema_config_type import FormatJsonSchemaConfigType


@_attrs_define(slots=False, repr=False)
class FormatJsonSchemaConfig(LazyModel):
    """JSON schema constrained response format

    Example:
        {'description': 'User information schema', 'name': 'user_info', 'schema': {'properties': {'age': {'type':
            'number'}, 'name': {'type': 'string'}}, 'required': ['name'], 'type': 'object'}, 'type': 'json_schema'}

    Attributes:
        name (str):
        schema (FormatJsonSchemaConfigSchema):
        type (FormatJsonSchemaConfigType):
        description (str | None):
        strict (bool | None):
    """

    name: str
    schema: FormatJsonSchemaConfigSchema
    type: FormatJsonSchemaConfigType
    description: str | None = ABSENT
    strict: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("schema", "schema"),
        ("type", "type"),
        ("description", "description"),
        ("strict", "strict"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
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

        from ..models.format_json_schema_config_schema import (
            FormatJsonSchemaConfigSchema,
        )
        from ..models.format_json_schema_config_type import FormatJsonSchemaConfigType

        def schema_(raw__: Any) -> Any:
            schema = FormatJsonSchemaConfigSchema.from_dict(raw__)

            return schema

        def type_(raw__: Any) -> Any:
            type = FormatJsonSchemaConfigType(raw__)

            return type

        return {
            "schema": schema_,
            "type": type_,
        }
