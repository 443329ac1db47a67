from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.local_shell_call_item_action import LocalShellCallItemAction
    from ..models.local_shell_call_item_type import LocalShellCallItemType
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class LocalShellCallItem(LazyModel):
    """A local shell command execution call

    Example:
        {'action': {'command': ['ls', '-la'], 'env': {'PATH': '/usr/bin'}, 'timeout_ms': 5000, 'type': 'exec'},
            'call_id': 'call-abc123', 'id': 'shell-abc123', 'status': 'completed', 'type': 'local_shell_call'}

    Attributes:
        action (LocalShellCallItemAction):
        call_id (str):
        id (str):
        status (ToolCallStatus):  Example: completed.
        type (LocalShellCallItemType):
    """

    action: LocalShellCallItemAction
    call_id: str
    id: str
    status: ToolCallStatus
    type: LocalShellCallItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("action", "action"),
        ("call_id", "call_id"),
        ("id", "id"),
        ("status", "status"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
            "call_id",
            "id",
            "status",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "local_shell_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.local_shell_call_item_action import LocalShellCallItemAction
        from ..models.local_shell_call_item_type import LocalShellCallItemType
        from ..models.tool_call_status import ToolCallStatus

        def action_(raw__: Any) -> Any:
            action = LocalShellCallItemAction.from_dict(raw__)

            return action

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = LocalShellCallItemType(raw__)

            return type

        return {
            "action": action_,
            "status": status_,
            "type": type_,
        }
