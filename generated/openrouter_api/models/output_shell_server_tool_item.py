from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_shell_server_tool_item_action import (
        OutputShellServerToolItemAction,
    )
    from ..models.output_shell_server_tool_item_type import (
        OutputShellServerToolItemType,
    )
    from ..models.shell_call_output_content import ShellCallOutputContent
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputShellServerToolItem(LazyModel):
    """An openrouter:shell server tool output item

    Example:
        {'action': {'commands': ['echo hello'], 'max_output_length': None, 'timeout_ms': None}, 'call_id':
            'call_abc123', 'id': 'st_tmp_abc123', 'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '',
            'stdout': 'hello\\n'}], 'status': 'completed', 'type': 'openrouter:shell'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputShellServerToolItemType):
        action (OutputShellServerToolItemAction | None):
        arguments (str | None): The raw tool-call arguments string as emitted by the model.
        call_id (str | None): The model-generated tool call id from the originating turn.
        id (str | None):
        output (list[ShellCallOutputContent] | None):
    """

    status: ToolCallStatus
    type: OutputShellServerToolItemType
    action: OutputShellServerToolItemAction | None = ABSENT
    arguments: str | None = ABSENT
    call_id: str | None = ABSENT
    id: str | None = ABSENT
    output: list[ShellCallOutputContent] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("action", "action"),
        ("arguments", "arguments"),
        ("call_id", "call_id"),
        ("id", "id"),
        ("output", "output"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:shell"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_shell_server_tool_item_action import (
            OutputShellServerToolItemAction,
        )
        from ..models.output_shell_server_tool_item_type import (
            OutputShellServerToolItemType,
        )
        from ..models.shell_call_output_content import ShellCallOutputContent
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputShellServerToolItemType(raw__)

            return type

        def action_(raw__: Any) -> Any:
            action = OutputShellServerToolItemAction.from_dict(raw__)

            return action

        def output_(raw__: Any) -> Any:
            output = []
            _output = raw__
            for output_item_data in _output:
                output_item = ShellCallOutputContent.from_dict(output_item_data)

                output.append(output_item)

            return output

        return {
            "status": status_,
            "type": type_,
            "action": action_,
            "output": output_,
        }
