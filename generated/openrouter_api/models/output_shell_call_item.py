from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_shell_call_item_action import OutputShellCallItemAction
    from ..models.output_shell_call_item_type import OutputShellCallItemType
    from ..models.shell_call_status import ShellCallStatus


@_attrs_define(slots=False, repr=False)
class OutputShellCallItem(LazyModel):
    """A native `shell_call` output item matching OpenAI's Responses API shape. Emitted for the sandbox-backed `shell`
    tool.

        Example:
            {'action': {'commands': ['echo hello'], 'max_output_length': None, 'timeout_ms': None}, 'call_id':
                'call_abc123', 'id': 'shc_abc123', 'status': 'completed', 'type': 'shell_call'}

        Attributes:
            call_id (str):
            id (str):
            status (ShellCallStatus): Status of a shell call or its output. Example: completed.
            type (OutputShellCallItemType):
            action (OutputShellCallItemAction | None):
            arguments (str | None): The raw tool-call arguments string as emitted by the model. Echo back unchanged when
                replaying history; used verbatim to preserve provider prompt-cache prefixes.
    """

    call_id: str
    id: str
    status: ShellCallStatus
    type: OutputShellCallItemType
    action: OutputShellCallItemAction | None = ABSENT
    arguments: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("id", "id"),
        ("status", "status"),
        ("type", "type"),
        ("action", "action"),
        ("arguments", "arguments"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "call_id",
            "id",
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "shell_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_shell_call_item_action import OutputShellCallItemAction
        from ..models.output_shell_call_item_type import OutputShellCallItemType
        from ..models.shell_call_status import ShellCallStatus

        def status_(raw__: Any) -> Any:
            status = ShellCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputShellCallItemType(raw__)

            return type

        def action_(raw__: Any) -> Any:
            action = OutputShellCallItemAction.from_dict(raw__)

            return action

        return {
            "status": status_,
            "type": type_,
            "action": action_,
        }
