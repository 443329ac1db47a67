from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_memory_server_tool_item_action import (
        OutputMemoryServerToolItemAction,
    )
    from ..models.output_memory_server_tool_item_type import (
        OutputMemoryServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputMemoryServerToolItem(LazyModel):
    """An openrouter:memory server tool output item

    Example:
        {'action': 'read', 'id': 'mem_tmp_abc123', 'key': 'user_preference', 'status': 'completed', 'type':
            'openrouter:memory'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputMemoryServerToolItemType):
        action (OutputMemoryServerToolItemAction | None):
        id (str | None):
        key (str | None):
        value (Any | None):
    """

    status: ToolCallStatus
    type: OutputMemoryServerToolItemType
    action: OutputMemoryServerToolItemAction | None = ABSENT
    id: str | None = ABSENT
    key: str | None = ABSENT
    value: Any | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("action", "action"),
        ("id", "id"),
        ("key", "key"),
        ("value", "value"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:memory"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_memory_server_tool_item_action import (
            OutputMemoryServerToolItemAction,
        )
        from ..models.output_memory_server_tool_item_type import (
            OutputMemoryServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputMemoryServerToolItemType(raw__)

            return type

        def action_(raw__: Any) -> Any:
            action = OutputMemoryServerToolItemAction(raw__)

            return action

        return {
            "status": status_,
            "type": type_,
            "action": action_,
        }
