from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_text_editor_code_execution_view_result_file_type import (
        AnthropicTextEditorCodeExecutionViewResultFileType,
    )
    from ..models.anthropic_text_editor_code_execution_view_result_type import (
        AnthropicTextEditorCodeExecutionViewResultType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicTextEditorCodeExecutionViewResult(LazyModel):
    """
    Example:
        {'content': 'file content', 'file_type': 'text', 'num_lines': 10, 'start_line': 1, 'total_lines': 10, 'type':
            'text_editor_code_execution_view_result'}

    Attributes:
        content (str):
        file_type (AnthropicTextEditorCodeExecutionViewResultFileType):
        num_lines (int | None):
        start_line (int | None):
        total_lines (int | None):
        type (AnthropicTextEditorCodeExecutionViewResultType):
    """

    content: str
    file_type: AnthropicTextEditorCodeExecutionViewResultFileType
    num_lines: int | None
    start_line: int | None
    total_lines: int | None
    type: AnthropicTextEditorCodeExecutionViewResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("file_type", "file_type"),
        ("num_lines", "num_lines"),
        ("start_line", "start_line"),
        ("total_lines", "total_lines"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "file_type",
            "num_lines",
            "start_line",
            "total_lines",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "text_editor_code_execution_view_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_text_editor_code_execution_view_result_file_type import (
            AnthropicTextEditorCodeExecutionViewResultFileType,
        )
        from ..models.anthropic_text_editor_code_execution_view_result_type import (
            AnthropicTextEditorCodeExecutionViewResultType,
        )

        def file_type_(raw__: Any) -> Any:
            file_type = AnthropicTextEditorCodeExecutionViewResultFileType(raw__)

            return file_type

        def type_(raw__: Any) -> Any:
            type = AnthropicTextEditorCodeExecutionViewResultType(raw__)

            return type

        return {
            "file_type": file_type_,
            "type": type_,
        }
