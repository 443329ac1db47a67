from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.mcp_call_item_type import McpCallItemType


@_attrs_define(slots=False, repr=False)
class McpCallItem(LazyModel):
    """An MCP tool call with its output or error

    Example:
        {'arguments': '{"query":"SELECT * FROM users"}', 'id': 'mcp-call-abc123', 'name': 'query_database', 'output':
            '[{"id":1,"name":"Alice"}]', 'server_label': 'database-server', 'type': 'mcp_call'}

    Attributes:
        arguments (str):
        id (str):
        name (str):
        server_label (str):
        type (McpCallItemType):
        error (str | None):
        output (str | None):
    """

    arguments: str
    id: str
    name: str
    server_label: str
    type: McpCallItemType
    error: str | None = ABSENT
    output: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("id", "id"),
        ("name", "name"),
        ("server_label", "server_label"),
        ("type", "type"),
        ("error", "error"),
        ("output", "output"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "arguments",
            "id",
            "name",
            "server_label",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "mcp_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.mcp_call_item_type import McpCallItemType

        def type_(raw__: Any) -> Any:
            type = McpCallItemType(raw__)

            return type

        return {
            "type": type_,
        }
