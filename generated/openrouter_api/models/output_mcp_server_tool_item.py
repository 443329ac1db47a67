from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_mcp_server_tool_item_type import OutputMcpServerToolItemType
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputMcpServerToolItem(LazyModel):
    """An openrouter:mcp server tool output item

    Example:
        {'id': 'mcp_tmp_abc123', 'serverLabel': 'my-server', 'status': 'completed', 'toolName': 'get_data', 'type':
            'openrouter:mcp'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputMcpServerToolItemType):
        id (str | None):
        server_label (str | None):
        tool_name (str | None):
    """

    status: ToolCallStatus
    type: OutputMcpServerToolItemType
    id: str | None = ABSENT
    server_label: str | None = ABSENT
    tool_name: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("id", "id"),
        ("server_label", "serverLabel"),
        ("tool_name", "toolName"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:mcp"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_mcp_server_tool_item_type import (
            OutputMcpServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputMcpServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
