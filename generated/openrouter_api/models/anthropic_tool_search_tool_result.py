from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_tool_search_result import AnthropicToolSearchResult
    from ..models.anthropic_tool_search_result_error import (
        AnthropicToolSearchResultError,
    )
    from ..models.anthropic_tool_search_tool_result_type import (
        AnthropicToolSearchToolResultType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicToolSearchToolResult(LazyModel):
    """
    Example:
        {'content': {'tool_references': [{'tool_name': 'my_tool', 'type': 'tool_reference'}], 'type':
            'tool_search_tool_search_result'}, 'tool_use_id': 'srvtoolu_01abc', 'type': 'tool_search_tool_result'}

    Attributes:
        content (AnthropicToolSearchResult | AnthropicToolSearchResultError):  Example: {'tool_references':
            [{'tool_name': 'my_tool', 'type': 'tool_reference'}], 'type': 'tool_search_tool_search_result'}.
        tool_use_id (str):
        type (AnthropicToolSearchToolResultType):
    """

    content: AnthropicToolSearchResult | AnthropicToolSearchResultError
    tool_use_id: str
    type: AnthropicToolSearchToolResultType
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
        ("type", "tool_search_tool_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_tool_search_result import AnthropicToolSearchResult
        from ..models.anthropic_tool_search_result_error import (
            AnthropicToolSearchResultError,
        )
        from ..models.anthropic_tool_search_tool_result_type import (
            AnthropicToolSearchToolResultType,
        )

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> AnthropicToolSearchResult | AnthropicToolSearchResultError:
                if AnthropicToolSearchResultError.accepts(data):
                    componentsschemas_anthropic_tool_search_content_type_0 = (
                        AnthropicToolSearchResultError.from_dict(data)
                    )

                    return componentsschemas_anthropic_tool_search_content_type_0
                if AnthropicToolSearchResult.accepts(data):
                    componentsschemas_anthropic_tool_search_content_type_1 = (
                        AnthropicToolSearchResult.from_dict(data)
                    )

                    return componentsschemas_anthropic_tool_search_content_type_1
                if AnthropicToolSearchResultError.discriminated_by(data):
                    return AnthropicToolSearchResultError.from_dict(data)
                if AnthropicToolSearchResult.discriminated_by(data):
                    return AnthropicToolSearchResult.from_dict(data)
                return cast(
                    AnthropicToolSearchResult | AnthropicToolSearchResultError, data
                )

            content = _parse_content(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicToolSearchToolResultType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
