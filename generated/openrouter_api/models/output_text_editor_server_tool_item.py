from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_text_editor_server_tool_item_command import (
        OutputTextEditorServerToolItemCommand,
    )
    from ..models.output_text_editor_server_tool_item_type import (
        OutputTextEditorServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputTextEditorServerToolItem(LazyModel):
    """An openrouter:text_editor server tool output item

    Example:
        {'command': 'view', 'filePath': '/src/main.ts', 'id': 'te_tmp_abc123', 'status': 'completed', 'type':
            'openrouter:text_editor'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputTextEditorServerToolItemType):
        command (OutputTextEditorServerToolItemCommand | None):
        file_path (str | None):
        id (str | None):
    """

    status: ToolCallStatus
    type: OutputTextEditorServerToolItemType
    command: OutputTextEditorServerToolItemCommand | None = ABSENT
    file_path: str | None = ABSENT
    id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("command", "command"),
        ("file_path", "filePath"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:text_editor"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_text_editor_server_tool_item_command import (
            OutputTextEditorServerToolItemCommand,
        )
        from ..models.output_text_editor_server_tool_item_type import (
            OutputTextEditorServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputTextEditorServerToolItemType(raw__)

            return type

        def command_(raw__: Any) -> Any:
            command = OutputTextEditorServerToolItemCommand(raw__)

            return command

        return {
            "status": status_,
            "type": type_,
            "command": command_,
        }
