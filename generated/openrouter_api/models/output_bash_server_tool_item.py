from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_bash_server_tool_item_type import OutputBashServerToolItemType
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputBashServerToolItem(LazyModel):
    """An openrouter:bash server tool output item

    Example:
        {'command': 'ls -la', 'exitCode': 0, 'id': 'bash_tmp_abc123', 'status': 'completed', 'stdout': 'total 0\\n',
            'type': 'openrouter:bash'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputBashServerToolItemType):
        arguments (str | None): The raw tool-call arguments string as emitted by the model.
        call_id (str | None): The model-generated tool call id from the originating turn.
        command (str | None):
        exit_code (int | None):
        id (str | None):
        stderr (str | None):
        stdout (str | None):
    """

    status: ToolCallStatus
    type: OutputBashServerToolItemType
    arguments: str | None = ABSENT
    call_id: str | None = ABSENT
    command: str | None = ABSENT
    exit_code: int | None = ABSENT
    id: str | None = ABSENT
    stderr: str | None = ABSENT
    stdout: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("arguments", "arguments"),
        ("call_id", "call_id"),
        ("command", "command"),
        ("exit_code", "exitCode"),
        ("id", "id"),
        ("stderr", "stderr"),
        ("stdout", "stdout"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:bash"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_bash_server_tool_item_type import (
            OutputBashServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputBashServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
