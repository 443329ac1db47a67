from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.shell_call_item_action import ShellCallItemAction
    from ..models.shell_call_item_type import ShellCallItemType
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class ShellCallItem(LazyModel):
    """A shell command execution call (newer variant)

    Example:
        {'action': {'commands': ['ls', '-la'], 'max_output_length': 10000}, 'call_id': 'call-abc123', 'status':
            'completed', 'type': 'shell_call'}

    Attributes:
        action (ShellCallItemAction):
        call_id (str):
        type (ShellCallItemType):
        arguments (str | None): The raw tool-call arguments string as emitted by the model. Echo back unchanged when
            replaying history; used verbatim to preserve provider prompt-cache prefixes.
        environment (Any | None):
        id (str | None):
        status (ToolCallStatus | None):
    """

    action: ShellCallItemAction
    call_id: str
    type: ShellCallItemType
    arguments: str | None = ABSENT
    environment: Any | None = ABSENT
    id: str | None = ABSENT
    status: ToolCallStatus | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("action", "action"),
        ("call_id", "call_id"),
        ("type", "type"),
        ("arguments", "arguments"),
        ("environment", "environment"),
        ("id", "id"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
            "call_id",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "shell_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.shell_call_item_action import ShellCallItemAction
        from ..models.shell_call_item_type import ShellCallItemType
        from ..models.tool_call_status import ToolCallStatus

        def action_(raw__: Any) -> Any:
            action = ShellCallItemAction.from_dict(raw__)

            return action

        def type_(raw__: Any) -> Any:
            type = ShellCallItemType(raw__)

            return type

        def status_(raw__: Any) -> Any:
            def _parse_status(data: object) -> None | ToolCallStatus:
                if data is None:
                    return data
                if ToolCallStatus.is_declared(data):
                    status_type_0 = ToolCallStatus(data)

                    return status_type_0
                if isinstance(data, str):
                    return ToolCallStatus(data)
                return cast(None | ToolCallStatus, data)

            status = _parse_status(raw__)

            return status

        return {
            "action": action_,
            "type": type_,
            "status": status_,
        }
