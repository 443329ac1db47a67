from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_20250825_caller import (
        AnthropicCodeExecution20250825Caller,
    )
    from ..models.anthropic_code_execution_20260120_caller import (
        AnthropicCodeExecution20260120Caller,
    )
    from ..models.anthropic_direct_caller import AnthropicDirectCaller
    from ..models.anthropic_web_fetch_block import AnthropicWebFetchBlock
    from ..models.anthropic_web_fetch_tool_result_error import (
        AnthropicWebFetchToolResultError,
    )
    from ..models.anthropic_web_fetch_tool_result_type import (
        AnthropicWebFetchToolResultType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicWebFetchToolResult(LazyModel):
    """
    Example:
        {'caller': {'type': 'direct'}, 'content': {'content': {'citations': None, 'source': {'data': '', 'media_type':
            'text/plain', 'type': 'text'}, 'title': None, 'type': 'document'}, 'retrieved_at': None, 'type':
            'web_fetch_result', 'url': 'https://example.com'}, 'tool_use_id': 'srvtoolu_01abc', 'type':
            'web_fetch_tool_result'}

    Attributes:
        caller (AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller):
            Example: {'type': 'direct'}.
        content (AnthropicWebFetchBlock | AnthropicWebFetchToolResultError):  Example: {'content': {'citations': None,
            'source': {'data': '', 'media_type': 'text/plain', 'type': 'text'}, 'title': None, 'type': 'document'},
            'retrieved_at': None, 'type': 'web_fetch_result', 'url': 'https://example.com'}.
        tool_use_id (str):
        type (AnthropicWebFetchToolResultType):
    """

    caller: (
        AnthropicCodeExecution20250825Caller
        | AnthropicCodeExecution20260120Caller
        | AnthropicDirectCaller
    )
    content: AnthropicWebFetchBlock | AnthropicWebFetchToolResultError
    tool_use_id: str
    type: AnthropicWebFetchToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("caller", "caller"),
        ("content", "content"),
        ("tool_use_id", "tool_use_id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "caller",
            "content",
            "tool_use_id",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "web_fetch_tool_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_code_execution_20250825_caller import (
            AnthropicCodeExecution20250825Caller,
        )
        from ..models.anthropic_code_execution_20260120_caller import (
            AnthropicCodeExecution20260120Caller,
        )
        from ..models.anthropic_direct_caller import AnthropicDirectCaller
        from ..models.anthropic_web_fetch_block import AnthropicWebFetchBlock
        from ..models.anthropic_web_fetch_tool_result_error import (
            AnthropicWebFetchToolResultError,
        )
        from ..models.anthropic_web_fetch_tool_result_type import (
            AnthropicWebFetchToolResultType,
        )

        def caller_(raw__: Any) -> Any:
            def _parse_caller(
                data: object,
            ) -> (
                AnthropicCodeExecution20250825Caller
                | AnthropicCodeExecution20260120Caller
                | AnthropicDirectCaller
            ):
                if AnthropicDirectCaller.accepts(data):
                    componentsschemas_anthropic_caller_type_0 = (
                        AnthropicDirectCaller.from_dict(data)
                    )

                    return componentsschemas_anthropic_caller_type_0
                if AnthropicCodeExecution20250825Caller.accepts(data):
                    componentsschemas_anthropic_caller_type_1 = (
                        AnthropicCodeExecution20250825Caller.from_dict(data)
                    )

                    return componentsschemas_anthropic_caller_type_1
                if AnthropicCodeExecution20260120Caller.accepts(data):
                    componentsschemas_anthropic_caller_type_2 = (
                        AnthropicCodeExecution20260120Caller.from_dict(data)
                    )

                    return componentsschemas_anthropic_caller_type_2
                if AnthropicDirectCaller.discriminated_by(data):
                    return AnthropicDirectCaller.from_dict(data)
                if AnthropicCodeExecution20250825Caller.discriminated_by(data):
                    return AnthropicCodeExecution20250825Caller.from_dict(data)
                if AnthropicCodeExecution20260120Caller.discriminated_by(data):
                    return AnthropicCodeExecution20260120Caller.from_dict(data)
                return cast(
                    AnthropicCodeExecution20250825Caller
                    | AnthropicCodeExecution20260120Caller
                    | AnthropicDirectCaller,
                    data,
                )

            caller = _parse_caller(raw__)

            return caller

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> AnthropicWebFetchBlock | AnthropicWebFetchToolResultError:
                if AnthropicWebFetchToolResultError.accepts(data):
                    componentsschemas_anthropic_web_fetch_content_type_0 = (
                        AnthropicWebFetchToolResultError.from_dict(data)
                    )

                    return componentsschemas_anthropic_web_fetch_content_type_0
                if AnthropicWebFetchBlock.accepts(data):
                    componentsschemas_anthropic_web_fetch_content_type_1 = (
                        AnthropicWebFetchBlock.from_dict(data)
                    )

                    return componentsschemas_anthropic_web_fetch_content_type_1
                if AnthropicWebFetchToolResultError.discriminated_by(data):
                    return AnthropicWebFetchToolResultError.from_dict(data)
                if AnthropicWebFetchBlock.discriminated_by(data):
                    return AnthropicWebFetchBlock.from_dict(data)
                return cast(
                    AnthropicWebFetchBlock | AnthropicWebFetchToolResultError, data
                )

            content = _parse_content(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicWebFetchToolResultType(raw__)

            return type

        return {
            "caller": caller_,
            "content": content_,
            "type": type_,
        }
