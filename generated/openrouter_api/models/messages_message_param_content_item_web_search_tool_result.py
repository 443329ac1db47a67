from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_web_search_result_block_param import (
        AnthropicWebSearchResultBlockParam,
    )
    from ..models.messages_message_param_content_item_web_search_tool_result_content import (
        MessagesMessageParamContentItemWebSearchToolResultContent,
    )
    from ..models.messages_message_param_content_item_web_search_tool_result_type import (
        MessagesMessageParamContentItemWebSearchToolResultType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesMessageParamContentItemWebSearchToolResult(LazyModel):
    """
    Attributes:
        content (list[AnthropicWebSearchResultBlockParam] | MessagesMessageParamContentItemWebSearchToolResultContent):
        tool_use_id (str):
        type (MessagesMessageParamContentItemWebSearchToolResultType):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
    """

    content: (
        list[AnthropicWebSearchResultBlockParam]
        | MessagesMessageParamContentItemWebSearchToolResultContent
    )
    tool_use_id: str
    type: MessagesMessageParamContentItemWebSearchToolResultType
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("tool_use_id", "tool_use_id"),
        ("type", "type"),
        ("cache_control", "cache_control"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
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

        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.anthropic_web_search_result_block_param import (
            AnthropicWebSearchResultBlockParam,
        )
        from ..models.messages_message_param_content_item_web_search_tool_result_content import (
            MessagesMessageParamContentItemWebSearchToolResultContent,
        )
        from ..models.messages_message_param_content_item_web_search_tool_result_type import (
            MessagesMessageParamContentItemWebSearchToolResultType,
        )

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> (
                list[AnthropicWebSearchResultBlockParam]
                | MessagesMessageParamContentItemWebSearchToolResultContent
            ):
                if isinstance(data, list):
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:
                        content_type_0_item = (
                            AnthropicWebSearchResultBlockParam.from_dict(
                                content_type_0_item_data
                            )
                        )

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                if MessagesMessageParamContentItemWebSearchToolResultContent.accepts(
                    data
                ):
                    content_type_1 = MessagesMessageParamContentItemWebSearchToolResultContent.from_dict(
                        data
                    )

                    return content_type_1
                if MessagesMessageParamContentItemWebSearchToolResultContent.discriminated_by(
                    data
                ):
                    return MessagesMessageParamContentItemWebSearchToolResultContent.from_dict(
                        data
                    )
                return cast(
                    list[AnthropicWebSearchResultBlockParam]
                    | MessagesMessageParamContentItemWebSearchToolResultContent,
                    data,
                )

            content = _parse_content(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = MessagesMessageParamContentItemWebSearchToolResultType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        return {
            "content": content_,
            "type": type_,
            "cache_control": cache_control_,
        }
