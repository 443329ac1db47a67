from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_bash_code_execution_result import (
        AnthropicBashCodeExecutionResult,
    )
    from ..models.anthropic_bash_code_execution_tool_result_error import (
        AnthropicBashCodeExecutionToolResultError,
    )
    from ..models.anthropic_bash_code_execution_tool_result_type import (
        AnthropicBashCodeExecutionToolResultType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicBashCodeExecutionToolResult(LazyModel):
    """
    Example:
        {'content': {'content': [], 'return_code': 0, 'stderr': '', 'stdout': 'Hello', 'type':
            'bash_code_execution_result'}, 'tool_use_id': 'srvtoolu_01abc', 'type': 'bash_code_execution_tool_result'}

    Attributes:
        content (AnthropicBashCodeExecutionResult | AnthropicBashCodeExecutionToolResultError):  Example: {'content':
            [], 'return_code': 0, 'stderr': '', 'stdout': 'Hello', 'type': 'bash_code_execution_result'}.
        tool_use_id (str):
        type (AnthropicBashCodeExecutionToolResultType):
    """

    content: (
        AnthropicBashCodeExecutionResult | AnthropicBashCodeExecutionToolResultError
    )
    tool_use_id: str
    type: AnthropicBashCodeExecutionToolResultType
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
        ("type", "bash_code_execution_tool_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_bash_code_execution_result import (
            AnthropicBashCodeExecutionResult,
        )
        from ..models.anthropic_bash_code_execution_tool_result_error import (
            AnthropicBashCodeExecutionToolResultError,
        )
        from ..models.anthropic_bash_code_execution_tool_result_type import (
            AnthropicBashCodeExecutionToolResultType,
        )

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> (
                AnthropicBashCodeExecutionResult
                | AnthropicBashCodeExecutionToolResultError
            ):
                if AnthropicBashCodeExecutionToolResultError.accepts(data):
                    componentsschemas_anthropic_bash_code_execution_content_type_0 = (
                        AnthropicBashCodeExecutionToolResultError.from_dict(data)
                    )

                    return (
                        componentsschemas_anthropic_bash_code_execution_content_type_0
                    )
                if AnthropicBashCodeExecutionResult.accepts(data):
                    componentsschemas_anthropic_bash_code_execution_content_type_1 = (
                        AnthropicBashCodeExecutionResult.from_dict(data)
                    )

                    return (
                        componentsschemas_anthropic_bash_code_execution_content_type_1
                    )
                if AnthropicBashCodeExecutionToolResultError.discriminated_by(data):
                    return AnthropicBashCodeExecutionToolResultError.from_dict(data)
                if AnthropicBashCodeExecutionResult.discriminated_by(data):
                    return AnthropicBashCodeExecutionResult.from_dict(data)
                return cast(
                    AnthropicBashCodeExecutionResult
                    | AnthropicBashCodeExecutionToolResultError,
                    data,
                )

            content = _parse_content(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicBashCodeExecutionToolResultType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
