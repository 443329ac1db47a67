from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.messages_tool_addition_block_tool_mcp_tool_reference import (
        MessagesToolAdditionBlockToolMcpToolReference,
    )
    from ..models.messages_tool_addition_block_tool_mcp_toolset_reference import (
        MessagesToolAdditionBlockToolMcpToolsetReference,
    )
    from ..models.messages_tool_addition_block_tool_tool_reference import (
        MessagesToolAdditionBlockToolToolReference,
    )
    from ..models.messages_tool_addition_block_type import MessagesToolAdditionBlockType


@_attrs_define(slots=False, repr=False)
class MessagesToolAdditionBlock(LazyModel):
    """Loads a previously deferred tool (declared in `tools` with `defer_loading: true`) mid-conversation without
    invalidating the prompt cache. Only valid in `role: "system"` messages. Not supported on Claude Sonnet 5 or models
    older than Claude Opus 4.8.

        Example:
            {'tool': {'name': 'get_forecast', 'type': 'tool_reference'}, 'type': 'tool_addition'}

        Attributes:
            tool (MessagesToolAdditionBlockToolMcpToolReference | MessagesToolAdditionBlockToolMcpToolsetReference |
                MessagesToolAdditionBlockToolToolReference):
            type (MessagesToolAdditionBlockType):
            cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
                level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
                on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
                models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
                {'type': 'ephemeral'}.
    """

    tool: (
        MessagesToolAdditionBlockToolMcpToolReference
        | MessagesToolAdditionBlockToolMcpToolsetReference
        | MessagesToolAdditionBlockToolToolReference
    )
    type: MessagesToolAdditionBlockType
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool", "tool"),
        ("type", "type"),
        ("cache_control", "cache_control"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "tool",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "tool_addition"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.messages_tool_addition_block_tool_mcp_tool_reference import (
            MessagesToolAdditionBlockToolMcpToolReference,
        )
        from ..models.messages_tool_addition_block_tool_mcp_toolset_reference import (
            MessagesToolAdditionBlockToolMcpToolsetReference,
        )
        from ..models.messages_tool_addition_block_tool_tool_reference import (
            MessagesToolAdditionBlockToolToolReference,
        )
        from ..models.messages_tool_addition_block_type import (
            MessagesToolAdditionBlockType,
        )

        def tool_(raw__: Any) -> Any:
            def _parse_tool(
                data: object,
            ) -> (
                MessagesToolAdditionBlockToolMcpToolReference
                | MessagesToolAdditionBlockToolMcpToolsetReference
                | MessagesToolAdditionBlockToolToolReference
            ):
                if MessagesToolAdditionBlockToolToolReference.accepts(data):
                    tool_type_0 = MessagesToolAdditionBlockToolToolReference.from_dict(
                        data
                    )

                    return tool_type_0
                if MessagesToolAdditionBlockToolMcpToolReference.accepts(data):
                    tool_type_1 = (
                        MessagesToolAdditionBlockToolMcpToolReference.from_dict(data)
                    )

                    return tool_type_1
                if MessagesToolAdditionBlockToolMcpToolsetReference.accepts(data):
                    tool_type_2 = (
                        MessagesToolAdditionBlockToolMcpToolsetReference.from_dict(data)
                    )

                    return tool_type_2
                if MessagesToolAdditionBlockToolToolReference.discriminated_by(data):
                    return MessagesToolAdditionBlockToolToolReference.from_dict(data)
                if MessagesToolAdditionBlockToolMcpToolReference.discriminated_by(data):
                    return MessagesToolAdditionBlockToolMcpToolReference.from_dict(data)
                if MessagesToolAdditionBlockToolMcpToolsetReference.discriminated_by(
                    data
                ):
                    return MessagesToolAdditionBlockToolMcpToolsetReference.from_dict(
                        data
                    )
                return cast(
                    MessagesToolAdditionBlockToolMcpToolReference
                    | MessagesToolAdditionBlockToolMcpToolsetReference
                    | MessagesToolAdditionBlockToolToolReference,
                    data,
                )

            tool = _parse_tool(raw__)

            return tool

        def type_(raw__: Any) -> Any:
            type = MessagesToolAdditionBlockType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        return {
            "tool": tool_,
            "type": type_,
            "cache_control": cache_control_,
        }
