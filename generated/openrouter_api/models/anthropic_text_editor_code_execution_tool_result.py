from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_text_editor_code_execution_create_result import (
        AnthropicTextEditorCodeExecutionCreateResult,
    )
    from ..models.anthropic_text_editor_code_execution_str_replace_result import (
        AnthropicTextEditorCodeExecutionStrReplaceResult,
    )
    from ..models.anthropic_text_editor_code_execution_tool_result_error import (
        AnthropicTextEditorCodeExecutionToolResultError,
    )
    from ..models.anthropic_text_editor_code_execution_tool_result_type import (
        AnthropicTextEditorCodeExecutionToolResultType,
    )
    from ..models.anthropic_text_editor_code_execution_view_result import (
        AnthropicTextEditorCodeExecutionViewResult,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicTextEditorCodeExecutionToolResult(LazyModel):
    """
    Example:
        {'content': {'content': 'file content', 'file_type': 'text', 'num_lines': 10, 'start_line': 1, 'total_lines':
            10, 'type': 'text_editor_code_execution_view_result'}, 'tool_use_id': 'srvtoolu_01abc', 'type':
            'text_editor_code_execution_tool_result'}

    Attributes:
        content (AnthropicTextEditorCodeExecutionCreateResult | AnthropicTextEditorCodeExecutionStrReplaceResult |
            AnthropicTextEditorCodeExecutionToolResultError | AnthropicTextEditorCodeExecutionViewResult):  Example:
            {'content': 'file content', 'file_type': 'text', 'num_lines': 10, 'start_line': 1, 'total_lines': 10, 'type':
            'text_editor_code_execution_view_result'}.
        tool_use_id (str):
        type (AnthropicTextEditorCodeExecutionToolResultType):
    """

    content: (
        AnthropicTextEditorCodeExecutionCreateResult
        | AnthropicTextEditorCodeExecutionStrReplaceResult
        | AnthropicTextEditorCodeExecutionToolResultError
        | AnthropicTextEditorCodeExecutionViewResult
    )
    tool_use_id: str
    type: AnthropicTextEditorCodeExecutionToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("tool_use_id", "tool_use_id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "tool_use_id",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "text_editor_code_execution_tool_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_text_editor_code_execution_create_result import (
            AnthropicTextEditorCodeExecutionCreateResult,
        )
        from ..models.anthropic_text_editor_code_execution_str_replace_result import (
            AnthropicTextEditorCodeExecutionStrReplaceResult,
        )
        from ..models.anthropic_text_editor_code_execution_tool_result_error import (
            AnthropicTextEditorCodeExecutionToolResultError,
        )
        from ..models.anthropic_text_editor_code_execution_tool_result_type import (
            AnthropicTextEditorCodeExecutionToolResultType,
        )
        from ..models.anthropic_text_editor_code_execution_view_result import (
            AnthropicTextEditorCodeExecutionViewResult,
        )

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> (
                AnthropicTextEditorCodeExecutionCreateResult
                | AnthropicTextEditorCodeExecutionStrReplaceResult
                | AnthropicTextEditorCodeExecutionToolResultError
                | AnthropicTextEditorCodeExecutionViewResult
            ):
                if AnthropicTextEditorCodeExecutionToolResultError.accepts(data):
                    componentsschemas_anthropic_text_editor_code_execution_content_type_0 = AnthropicTextEditorCodeExecutionToolResultError.from_dict(
                        data
                    )

                    return componentsschemas_anthropic_text_editor_code_execution_content_type_0
                if AnthropicTextEditorCodeExecutionViewResult.accepts(data):
                    componentsschemas_anthropic_text_editor_code_execution_content_type_1 = AnthropicTextEditorCodeExecutionViewResult.from_dict(
                        data
                    )

                    return componentsschemas_anthropic_text_editor_code_execution_content_type_1
                if AnthropicTextEditorCodeExecutionCreateResult.accepts(data):
                    componentsschemas_anthropic_text_editor_code_execution_content_type_2 = AnthropicTextEditorCodeExecutionCreateResult.from_dict(
                        data
                    )

                    return componentsschemas_anthropic_text_editor_code_execution_content_type_2
                if AnthropicTextEditorCodeExecutionStrReplaceResult.accepts(data):
                    componentsschemas_anthropic_text_editor_code_execution_content_type_3 = AnthropicTextEditorCodeExecutionStrReplaceResult.from_dict(
                        data
                    )

                    return componentsschemas_anthropic_text_editor_code_execution_content_type_3
                if AnthropicTextEditorCodeExecutionToolResultError.discriminated_by(
                    data
                ):
                    return AnthropicTextEditorCodeExecutionToolResultError.from_dict(
                        data
                    )
                if AnthropicTextEditorCodeExecutionViewResult.discriminated_by(data):
                    return AnthropicTextEditorCodeExecutionViewResult.from_dict(data)
                if AnthropicTextEditorCodeExecutionCreateResult.discriminated_by(data):
                    return AnthropicTextEditorCodeExecutionCreateResult.from_dict(data)
                if AnthropicTextEditorCodeExecutionStrReplaceResult.discriminated_by(
                    data
                ):
                    return AnthropicTextEditorCodeExecutionStrReplaceResult.from_dict(
                        data
                    )
                return cast(
                    AnthropicTextEditorCodeExecutionCreateResult
                    | AnthropicTextEditorCodeExecutionStrReplaceResult
                    | AnthropicTextEditorCodeExecutionToolResultError
                    | AnthropicTextEditorCodeExecutionViewResult,
                    data,
                )

            content = _parse_content(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicTextEditorCodeExecutionToolResultType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
