from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_search_result_block_param import (
        AnthropicSearchResultBlockParam,
    )
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.messages_message_param_content_item_tool_result_content_item import (
        MessagesMessageParamContentItemToolResultContentItem,
    )
    from ..models.messages_message_param_content_item_tool_result_type import (
        MessagesMessageParamContentItemToolResultType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesMessageParamContentItemToolResult(LazyModel):
    """
    Attributes:
        tool_use_id (str):
        type (MessagesMessageParamContentItemToolResultType):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        content (list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam |
            AnthropicTextBlockParam | MessagesMessageParamContentItemToolResultContentItem] | str | None):
        is_error (bool | None):
    """

    tool_use_id: str
    type: MessagesMessageParamContentItemToolResultType
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    content: (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicSearchResultBlockParam
            | AnthropicTextBlockParam
            | MessagesMessageParamContentItemToolResultContentItem
        ]
        | str
        | None
    ) = ABSENT
    is_error: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_use_id", "tool_use_id"),
        ("type", "type"),
        ("cache_control", "cache_control"),
        ("content", "content"),
        ("is_error", "is_error"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "tool_use_id",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "tool_result"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
        from ..models.anthropic_image_block_param import AnthropicImageBlockParam
        from ..models.anthropic_search_result_block_param import (
            AnthropicSearchResultBlockParam,
        )
        from ..models.anthropic_text_block_param import AnthropicTextBlockParam
        from ..models.messages_message_param_content_item_tool_result_content_item import (
            MessagesMessageParamContentItemToolResultContentItem,
        )
        from ..models.messages_message_param_content_item_tool_result_type import (
            MessagesMessageParamContentItemToolResultType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesMessageParamContentItemToolResultType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> (
                list[
                    AnthropicDocumentBlockParam
                    | AnthropicImageBlockParam
                    | AnthropicSearchResultBlockParam
                    | AnthropicTextBlockParam
                    | MessagesMessageParamContentItemToolResultContentItem
                ]
                | str
            ):
                if isinstance(data, list):
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:

                        def _parse_content_type_1_item(
                            data: object,
                        ) -> (
                            AnthropicDocumentBlockParam
                            | AnthropicImageBlockParam
                            | AnthropicSearchResultBlockParam
                            | AnthropicTextBlockParam
                            | MessagesMessageParamContentItemToolResultContentItem
                        ):
                            if AnthropicTextBlockParam.accepts(data):
                                content_type_1_item_type_0 = (
                                    AnthropicTextBlockParam.from_dict(data)
                                )

                                return content_type_1_item_type_0
                            if AnthropicImageBlockParam.accepts(data):
                                content_type_1_item_type_1 = (
                                    AnthropicImageBlockParam.from_dict(data)
                                )

                                return content_type_1_item_type_1
                            if MessagesMessageParamContentItemToolResultContentItem.accepts(
                                data
                            ):
                                content_type_1_item_type_2 = MessagesMessageParamContentItemToolResultContentItem.from_dict(
                                    data
                                )

                                return content_type_1_item_type_2
                            if AnthropicSearchResultBlockParam.accepts(data):
                                content_type_1_item_type_3 = (
                                    AnthropicSearchResultBlockParam.from_dict(data)
                                )

                                return content_type_1_item_type_3
                            if AnthropicDocumentBlockParam.accepts(data):
                                content_type_1_item_type_4 = (
                                    AnthropicDocumentBlockParam.from_dict(data)
                                )

                                return content_type_1_item_type_4
                            if AnthropicTextBlockParam.discriminated_by(data):
                                return AnthropicTextBlockParam.from_dict(data)
                            if AnthropicImageBlockParam.discriminated_by(data):
                                return AnthropicImageBlockParam.from_dict(data)
                            if MessagesMessageParamContentItemToolResultContentItem.discriminated_by(
                                data
                            ):
                                return MessagesMessageParamContentItemToolResultContentItem.from_dict(
                                    data
                                )
                            if AnthropicSearchResultBlockParam.discriminated_by(data):
                                return AnthropicSearchResultBlockParam.from_dict(data)
                            if AnthropicDocumentBlockParam.discriminated_by(data):
                                return AnthropicDocumentBlockParam.from_dict(data)
                            return cast(
                                AnthropicDocumentBlockParam
                                | AnthropicImageBlockParam
                                | AnthropicSearchResultBlockParam
                                | AnthropicTextBlockParam
                                | MessagesMessageParamContentItemToolResultContentItem,
                                data,
                            )

                        content_type_1_item = _parse_content_type_1_item(
                            content_type_1_item_data
                        )

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                return cast(
                    list[
                        AnthropicDocumentBlockParam
                        | AnthropicImageBlockParam
                        | AnthropicSearchResultBlockParam
                        | AnthropicTextBlockParam
                        | MessagesMessageParamContentItemToolResultContentItem
                    ]
                    | str,
                    data,
                )

            content = _parse_content(raw__)

            return content

        return {
            "type": type_,
            "cache_control": cache_control_,
            "content": content_,
        }
