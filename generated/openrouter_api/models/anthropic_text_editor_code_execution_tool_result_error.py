from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_text_editor_code_execution_tool_result_error_error_code import (
        AnthropicTextEditorCodeExecutionToolResultErrorErrorCode,
    )
    from ..models.anthropic_text_editor_code_execution_tool_result_error_type import (
        AnthropicTextEditorCodeExecutionToolResultErrorType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicTextEditorCodeExecutionToolResultError(LazyModel):
    """
    Example:
        {'error_code': 'unavailable', 'error_message': None, 'type': 'text_editor_code_execution_tool_result_error'}

    Attributes:
        error_code (AnthropicTextEditorCodeExecutionToolResultErrorErrorCode):
        error_message (str | None):
        type (AnthropicTextEditorCodeExecutionToolResultErrorType):
    """

    error_code: AnthropicTextEditorCodeExecutionToolResultErrorErrorCode
    error_message: str | None
    type: AnthropicTextEditorCodeExecutionToolResultErrorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error_code", "error_code"),
        ("error_message", "error_message"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error_code",
            "error_message",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "text_editor_code_execution_tool_result_error"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_text_editor_code_execution_tool_result_error_error_code import (
            AnthropicTextEditorCodeExecutionToolResultErrorErrorCode,
        )
        from ..models.anthropic_text_editor_code_execution_tool_result_error_type import (
            AnthropicTextEditorCodeExecutionToolResultErrorType,
        )

        def error_code_(raw__: Any) -> Any:
            error_code = AnthropicTextEditorCodeExecutionToolResultErrorErrorCode(raw__)

            return error_code

        def type_(raw__: Any) -> Any:
            type = AnthropicTextEditorCodeExecutionToolResultErrorType(raw__)

            return type

        return {
            "error_code": error_code_,
            "type": type_,
        }
