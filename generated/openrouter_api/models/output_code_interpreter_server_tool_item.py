from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_code_interpreter_server_tool_item_type import (
        OutputCodeInterpreterServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputCodeInterpreterServerToolItem(LazyModel):
    """An openrouter:code_interpreter server tool output item

    Example:
        {'code': 'print("hello")', 'id': 'ci_tmp_abc123', 'language': 'python', 'status': 'completed', 'stdout':
            'hello\\n', 'type': 'openrouter:code_interpreter'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputCodeInterpreterServerToolItemType):
        code (str | None):
        exit_code (int | None):
        id (str | None):
        language (str | None):
        stderr (str | None):
        stdout (str | None):
    """

    status: ToolCallStatus
    type: OutputCodeInterpreterServerToolItemType
    code: str | None = ABSENT
    exit_code: int | None = ABSENT
    id: str | None = ABSENT
    language: str | None = ABSENT
    stderr: str | None = ABSENT
    stdout: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("code", "code"),
        ("exit_code", "exitCode"),
        ("id", "id"),
        ("language", "language"),
        ("stderr", "stderr"),
        ("stdout", "stdout"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:code_interpreter"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_code_interpreter_server_tool_item_type import (
            OutputCodeInterpreterServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputCodeInterpreterServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
