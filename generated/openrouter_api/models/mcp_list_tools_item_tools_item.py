from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.mcp_list_tools_item_tools_item_input_schema import (
        McpListToolsItemToolsItemInputSchema,
    )


@_attrs_define(slots=False, repr=False)
class McpListToolsItemToolsItem(LazyModel):
    """
    Attributes:
        input_schema (McpListToolsItemToolsItemInputSchema):
        name (str):
        annotations (Any | None):
        description (str | None):
    """

    input_schema: McpListToolsItemToolsItemInputSchema
    name: str
    annotations: Any | None = ABSENT
    description: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_schema", "input_schema"),
        ("name", "name"),
        ("annotations", "annotations"),
        ("description", "description"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_schema",
            "name",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_schema",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.mcp_list_tools_item_tools_item_input_schema import (
            McpListToolsItemToolsItemInputSchema,
        )

        def input_schema_(raw__: Any) -> Any:
            input_schema = McpListToolsItemToolsItemInputSchema.from_dict(raw__)

            return input_schema

        return {
            "input_schema": input_schema_,
        }
