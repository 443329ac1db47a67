from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_json_schema_config_schema import ChatJsonSchemaConfigSchema


@_attrs_define(slots=False, repr=False)
class ChatJsonSchemaConfig(LazyModel):
    """JSON Schema configuration object

    Example:
        {'description': 'A mathematical response', 'name': 'math_response', 'schema': {'properties': {'answer': {'type':
            'number'}}, 'required': ['answer'], 'type': 'object'}, 'strict': True}

    Attributes:
        name (str): Schema name (a-z, A-Z, 0-9, underscores, dashes, max 64 chars) Example: math_response.
        description (str | None): Schema description for the model Example: A mathematical response.
        schema (ChatJsonSchemaConfigSchema | None): JSON Schema object Example: {'properties': {'answer': {'type':
            'number'}}, 'required': ['answer'], 'type': 'object'}.
        strict (bool | None): Enable strict schema adherence Example: False.
    """

    name: str
    description: str | None = ABSENT
    schema: ChatJsonSchemaConfigSchema | None = ABSENT
    strict: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("description", "description"),
        ("schema", "schema"),
        ("strict", "strict"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_json_schema_config_schema import ChatJsonSchemaConfigSchema

        def schema_(raw__: Any) -> Any:
            schema = ChatJsonSchemaConfigSchema.from_dict(raw__)

            return schema

        return {
            "schema": schema_,
        }
