from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_result import AnthropicCodeExecutionResult
    from ..models.anthropic_code_execution_tool_result_error import (
        AnthropicCodeExecutionToolResultError,
    )
    from ..models.anthropic_code_execution_tool_result_type import (
        AnthropicCodeExecutionToolResultType,
    )
    from ..models.anthropic_encrypted_code_execution_result import (
        AnthropicEncryptedCodeExecutionResult,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicCodeExecutionToolResult(LazyModel):
    """
    Example:
        {'content': {'content': [], 'return_code': 0, 'stderr': '', 'stdout': 'Hello', 'type': 'code_execution_result'},
            'tool_use_id': 'srvtoolu_01abc', 'type': 'code_execution_tool_result'}

    Attributes:
        content (AnthropicCodeExecutionResult | AnthropicCodeExecutionToolResultError |
            AnthropicEncryptedCodeExecutionResult):  Example: {'content': [], 'return_code': 0, 'stderr': '', 'stdout':
            'Hello', 'type': 'code_execution_result'}.
        tool_use_id (str):
        type (AnthropicCodeExecutionToolResultType):
    """

    content: (
        AnthropicCodeExecutionResult
        | AnthropicCodeExecutionToolResultError
        | AnthropicEncryptedCodeExecutionResult
    )
    tool_use_id: str
    type: AnthropicCodeExecutionToolResultType
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
        ("type", "code_execution_tool_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_code_execution_result import (
            AnthropicCodeExecutionResult,
        )
        from ..models.anthropic_code_execution_tool_result_error import (
            AnthropicCodeExecutionToolResultError,
        )
        from ..models.anthropic_code_execution_tool_result_type import (
            AnthropicCodeExecutionToolResultType,
        )
        from ..models.anthropic_encrypted_code_execution_result import (
            AnthropicEncryptedCodeExecutionResult,
        )

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> (
                AnthropicCodeExecutionResult
                | AnthropicCodeExecutionToolResultError
                | AnthropicEncryptedCodeExecutionResult
            ):
                if AnthropicCodeExecutionToolResultError.accepts(data):
                    componentsschemas_anthropic_code_execution_content_type_0 = (
                        AnthropicCodeExecutionToolResultError.from_dict(data)
                    )

                    return componentsschemas_anthropic_code_execution_content_type_0
                if AnthropicCodeExecutionResult.accepts(data):
                    componentsschemas_anthropic_code_execution_content_type_1 = (
                        AnthropicCodeExecutionResult.from_dict(data)
                    )

                    return componentsschemas_anthropic_code_execution_content_type_1
                if AnthropicEncryptedCodeExecutionResult.accepts(data):
                    componentsschemas_anthropic_code_execution_content_type_2 = (
                        AnthropicEncryptedCodeExecutionResult.from_dict(data)
                    )

                    return componentsschemas_anthropic_code_execution_content_type_2
                if AnthropicCodeExecutionToolResultError.discriminated_by(data):
                    return AnthropicCodeExecutionToolResultError.from_dict(data)
                if AnthropicCodeExecutionResult.discriminated_by(data):
                    return AnthropicCodeExecutionResult.from_dict(data)
                if AnthropicEncryptedCodeExecutionResult.discriminated_by(data):
                    return AnthropicEncryptedCodeExecutionResult.from_dict(data)
                return cast(
                    AnthropicCodeExecutionResult
                    | AnthropicCodeExecutionToolResultError
                    | AnthropicEncryptedCodeExecutionResult,
                    data,
                )

            content = _parse_content(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicCodeExecutionToolResultType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
