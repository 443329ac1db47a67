from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_files_server_tool_item_type import (
        OutputFilesServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputFilesServerToolItem(LazyModel):
    """An openrouter:files server tool output item

    Example:
        {'filename': 'notes.txt', 'id': 'fl_tmp_abc123', 'operation': 'read', 'result':
            '{"id":"file_abc","filename":"notes.txt","content":"hello"}', 'status': 'completed', 'type': 'openrouter:files'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputFilesServerToolItemType):
        arguments (str | None): The raw tool-call arguments string as emitted by the model.
        call_id (str | None): The model-generated tool call id from the originating turn.
        error (str | None): Error message when the file operation failed.
        file_id (str | None): The target file id supplied in the tool-call arguments.
        filename (str | None): The target filename supplied in the tool-call arguments.
        id (str | None):
        operation (str | None): The file operation performed (list, read, write, or edit).
        result (str | None): JSON-serialized result of the file operation.
    """

    status: ToolCallStatus
    type: OutputFilesServerToolItemType
    arguments: str | None = ABSENT
    call_id: str | None = ABSENT
    error: str | None = ABSENT
    file_id: str | None = ABSENT
    filename: str | None = ABSENT
    id: str | None = ABSENT
    operation: str | None = ABSENT
    result: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("arguments", "arguments"),
        ("call_id", "call_id"),
        ("error", "error"),
        ("file_id", "file_id"),
        ("filename", "filename"),
        ("id", "id"),
        ("operation", "operation"),
        ("result", "result"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:files"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_files_server_tool_item_type import (
            OutputFilesServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputFilesServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
