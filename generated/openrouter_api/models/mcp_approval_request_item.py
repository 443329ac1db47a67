from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.mcp_approval_request_item_type import McpApprovalRequestItemType


@_attrs_define(slots=False, repr=False)
class McpApprovalRequestItem(LazyModel):
    """Request for approval to execute an MCP tool

    Example:
        {'arguments': '{"id":"123"}', 'id': 'approval-abc123', 'name': 'delete_record', 'server_label': 'database-
            server', 'type': 'mcp_approval_request'}

    Attributes:
        arguments (str):
        id (str):
        name (str):
        server_label (str):
        type (McpApprovalRequestItemType):
    """

    arguments: str
    id: str
    name: str
    server_label: str
    type: McpApprovalRequestItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("id", "id"),
        ("name", "name"),
        ("server_label", "server_label"),
        ("type", "type"),
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "mcp_approval_request"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.mcp_approval_request_item_type import McpApprovalRequestItemType

        def type_(raw__: Any) -> Any:
            type = McpApprovalRequestItemType(raw__)

            return type

        return {
            "type": type_,
        }
