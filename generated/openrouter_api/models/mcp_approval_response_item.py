from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.mcp_approval_response_item_type import McpApprovalResponseItemType


@_attrs_define(slots=False, repr=False)
class McpApprovalResponseItem(LazyModel):
    """User response to an MCP tool approval request

    Example:
        {'approval_request_id': 'approval-abc123', 'approve': True, 'reason': 'Approved for execution', 'type':
            'mcp_approval_response'}

    Attributes:
        approval_request_id (str):
        approve (bool):
        type (McpApprovalResponseItemType):
        id (str | None):
        reason (str | None):
    """

    approval_request_id: str
    approve: bool
    type: McpApprovalResponseItemType
    id: str | None = ABSENT
    reason: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("approval_request_id", "approval_request_id"),
        ("approve", "approve"),
        ("type", "type"),
        ("id", "id"),
        ("reason", "reason"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "approval_request_id",
            "approve",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "mcp_approval_response"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.mcp_approval_response_item_type import McpApprovalResponseItemType

        def type_(raw__: Any) -> Any:
            type = McpApprovalResponseItemType(raw__)

            return type

        return {
            "type": type_,
        }
