from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.mcp_list_tools_item_tools_item import McpListToolsItemToolsItem
    from ..models.mcp_list_tools_item_type import McpListToolsItemType


@_attrs_define(slots=False, repr=False)
class McpListToolsItem(LazyModel):
    """List of available MCP tools from a server

    Example:
        {'id': 'mcp-list-abc123', 'server_label': 'database-server', 'tools': [{'description': 'Execute a database
            query', 'input_schema': {'properties': {'query': {'type': 'string'}}, 'type': 'object'}, 'name':
            'query_database'}], 'type': 'mcp_list_tools'}

    Attributes:
        id (str):
        server_label (str):
        tools (list[McpListToolsItemToolsItem]):
        type (McpListToolsItemType):
        error (str | None):
    """

    id: str
    server_label: str
    tools: list[McpListToolsItemToolsItem]
    type: McpListToolsItemType
    error: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("server_label", "server_label"),
        ("tools", "tools"),
        ("type", "type"),
        ("error", "error"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "server_label",
            "tools",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "tools",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "mcp_list_tools"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.mcp_list_tools_item_tools_item import McpListToolsItemToolsItem
        from ..models.mcp_list_tools_item_type import McpListToolsItemType

        def tools_(raw__: Any) -> Any:
            tools = []
            _tools = raw__
            for tools_item_data in _tools:
                tools_item = McpListToolsItemToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

            return tools

        def type_(raw__: Any) -> Any:
            type = McpListToolsItemType(raw__)

            return type

        return {
            "tools": tools_,
            "type": type_,
        }
