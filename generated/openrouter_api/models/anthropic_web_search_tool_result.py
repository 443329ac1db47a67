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
    from ..models.anthropic_web_search_result import AnthropicWebSearchResult
    from ..models.anthropic_web_search_tool_result_error import (
        AnthropicWebSearchToolResultError,
    )
    from ..models.anthropic_web_search_tool_result_type import (
        AnthropicWebSearchToolResultType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicWebSearchToolResult(LazyModel):
    """
    Example:
        {'caller': {'type': 'direct'}, 'content': [], 'tool_use_id': 'srvtoolu_01abc', 'type': 'web_search_tool_result'}

    Attributes:
        caller (AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller):
            Example: {'type': 'direct'}.
        content (AnthropicWebSearchToolResultError | list[AnthropicWebSearchResult]):
        tool_use_id (str):
        type (AnthropicWebSearchToolResultType):
    """

    caller: (
        AnthropicCodeExecution20250825Caller
        | AnthropicCodeExecution20260120Caller
        | AnthropicDirectCaller
    )
    content: AnthropicWebSearchToolResultError | list[AnthropicWebSearchResult]
    tool_use_id: str
    type: AnthropicWebSearchToolResultType
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
        ("type", "web_search_tool_result"),
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
        from ..models.anthropic_web_search_result import AnthropicWebSearchResult
        from ..models.anthropic_web_search_tool_result_error import (
            AnthropicWebSearchToolResultError,
        )
        from ..models.anthropic_web_search_tool_result_type import (
            AnthropicWebSearchToolResultType,
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
            ) -> AnthropicWebSearchToolResultError | list[AnthropicWebSearchResult]:
                if isinstance(data, list):
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:
                        content_type_0_item = AnthropicWebSearchResult.from_dict(
                            content_type_0_item_data
                        )

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                if AnthropicWebSearchToolResultError.accepts(data):
                    content_type_1 = AnthropicWebSearchToolResultError.from_dict(data)

                    return content_type_1
                if AnthropicWebSearchToolResultError.discriminated_by(data):
                    return AnthropicWebSearchToolResultError.from_dict(data)
                return cast(
                    AnthropicWebSearchToolResultError | list[AnthropicWebSearchResult],
                    data,
                )

            content = _parse_content(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicWebSearchToolResultType(raw__)

            return type

        return {
            "caller": caller_,
            "content": content_,
            "type": type_,
        }
