from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_redacted_thinking_block import (
        AnthropicRedactedThinkingBlock,
    )
    from ..models.anthropic_search_result_block_param import (
        AnthropicSearchResultBlockParam,
    )
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.messages_advisor_tool_result_block import (
        MessagesAdvisorToolResultBlock,
    )
    from ..models.messages_bash_tool_result_block import MessagesBashToolResultBlock
    from ..models.messages_message_param_content_item_compaction import (
        MessagesMessageParamContentItemCompaction,
    )
    from ..models.messages_message_param_content_item_server_tool_use import (
        MessagesMessageParamContentItemServerToolUse,
    )
    from ..models.messages_message_param_content_item_tool_result import (
        MessagesMessageParamContentItemToolResult,
    )
    from ..models.messages_message_param_content_item_tool_use import (
        MessagesMessageParamContentItemToolUse,
    )
    from ..models.messages_message_param_content_item_web_search_tool_result import (
        MessagesMessageParamContentItemWebSearchToolResult,
    )
    from ..models.messages_message_param_role import MessagesMessageParamRole
    from ..models.messages_shell_tool_result_block import MessagesShellToolResultBlock
    from ..models.messages_tool_addition_block import MessagesToolAdditionBlock
    from ..models.messages_tool_removal_block import MessagesToolRemovalBlock


@_attrs_define(slots=False, repr=False)
class MessagesMessageParam(LazyModel):
    """Anthropic message with OpenRouter extensions

    Example:
        {'content': 'Hello, how are you?', 'role': 'user'}

    Attributes:
        content (list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicRedactedThinkingBlock |
            AnthropicSearchResultBlockParam | AnthropicTextBlockParam | AnthropicThinkingBlock |
            MessagesAdvisorToolResultBlock | MessagesBashToolResultBlock | MessagesMessageParamContentItemCompaction |
            MessagesMessageParamContentItemServerToolUse | MessagesMessageParamContentItemToolResult |
            MessagesMessageParamContentItemToolUse | MessagesMessageParamContentItemWebSearchToolResult |
            MessagesShellToolResultBlock | MessagesToolAdditionBlock | MessagesToolRemovalBlock] | str):
        role (MessagesMessageParamRole):
    """

    content: (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicRedactedThinkingBlock
            | AnthropicSearchResultBlockParam
            | AnthropicTextBlockParam
            | AnthropicThinkingBlock
            | MessagesAdvisorToolResultBlock
            | MessagesBashToolResultBlock
            | MessagesMessageParamContentItemCompaction
            | MessagesMessageParamContentItemServerToolUse
            | MessagesMessageParamContentItemToolResult
            | MessagesMessageParamContentItemToolUse
            | MessagesMessageParamContentItemWebSearchToolResult
            | MessagesShellToolResultBlock
            | MessagesToolAdditionBlock
            | MessagesToolRemovalBlock
        ]
        | str
    )
    role: MessagesMessageParamRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "role",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
        from ..models.anthropic_image_block_param import AnthropicImageBlockParam
        from ..models.anthropic_redacted_thinking_block import (
            AnthropicRedactedThinkingBlock,
        )
        from ..models.anthropic_search_result_block_param import (
            AnthropicSearchResultBlockParam,
        )
        from ..models.anthropic_text_block_param import AnthropicTextBlockParam
        from ..models.anthropic_thinking_block import AnthropicThinkingBlock
        from ..models.messages_advisor_tool_result_block import (
            MessagesAdvisorToolResultBlock,
        )
        from ..models.messages_bash_tool_result_block import MessagesBashToolResultBlock
        from ..models.messages_message_param_content_item_compaction import (
            MessagesMessageParamContentItemCompaction,
        )
        from ..models.messages_message_param_content_item_server_tool_use import (
            MessagesMessageParamContentItemServerToolUse,
        )
        from ..models.messages_message_param_content_item_tool_result import (
            MessagesMessageParamContentItemToolResult,
        )
        from ..models.messages_message_param_content_item_tool_use import (
            MessagesMessageParamContentItemToolUse,
        )
        from ..models.messages_message_param_content_item_web_search_tool_result import (
            MessagesMessageParamContentItemWebSearchToolResult,
        )
        from ..models.messages_message_param_role import MessagesMessageParamRole
        from ..models.messages_shell_tool_result_block import (
            MessagesShellToolResultBlock,
        )
        from ..models.messages_tool_addition_block import MessagesToolAdditionBlock
        from ..models.messages_tool_removal_block import MessagesToolRemovalBlock

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> (
                list[
                    AnthropicDocumentBlockParam
                    | AnthropicImageBlockParam
                    | AnthropicRedactedThinkingBlock
                    | AnthropicSearchResultBlockParam
                    | AnthropicTextBlockParam
                    | AnthropicThinkingBlock
                    | MessagesAdvisorToolResultBlock
                    | MessagesBashToolResultBlock
                    | MessagesMessageParamContentItemCompaction
                    | MessagesMessageParamContentItemServerToolUse
                    | MessagesMessageParamContentItemToolResult
                    | MessagesMessageParamContentItemToolUse
                    | MessagesMessageParamContentItemWebSearchToolResult
                    | MessagesShellToolResultBlock
                    | MessagesToolAdditionBlock
                    | MessagesToolRemovalBlock
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
                            | AnthropicRedactedThinkingBlock
                            | AnthropicSearchResultBlockParam
                            | AnthropicTextBlockParam
                            | AnthropicThinkingBlock
                            | MessagesAdvisorToolResultBlock
                            | MessagesBashToolResultBlock
                            | MessagesMessageParamContentItemCompaction
                            | MessagesMessageParamContentItemServerToolUse
                            | MessagesMessageParamContentItemToolResult
                            | MessagesMessageParamContentItemToolUse
                            | MessagesMessageParamContentItemWebSearchToolResult
                            | MessagesShellToolResultBlock
                            | MessagesToolAdditionBlock
                            | MessagesToolRemovalBlock
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
                            if AnthropicDocumentBlockParam.accepts(data):
                                content_type_1_item_type_2 = (
                                    AnthropicDocumentBlockParam.from_dict(data)
                                )

                                return content_type_1_item_type_2
                            if MessagesMessageParamContentItemToolUse.accepts(data):
                                content_type_1_item_type_3 = (
                                    MessagesMessageParamContentItemToolUse.from_dict(
                                        data
                                    )
                                )

                                return content_type_1_item_type_3
                            if MessagesMessageParamContentItemToolResult.accepts(data):
                                content_type_1_item_type_4 = (
                                    MessagesMessageParamContentItemToolResult.from_dict(
                                        data
                                    )
                                )

                                return content_type_1_item_type_4
                            if AnthropicThinkingBlock.accepts(data):
                                content_type_1_item_type_5 = (
                                    AnthropicThinkingBlock.from_dict(data)
                                )

                                return content_type_1_item_type_5
                            if AnthropicRedactedThinkingBlock.accepts(data):
                                content_type_1_item_type_6 = (
                                    AnthropicRedactedThinkingBlock.from_dict(data)
                                )

                                return content_type_1_item_type_6
                            if MessagesMessageParamContentItemServerToolUse.accepts(
                                data
                            ):
                                content_type_1_item_type_7 = MessagesMessageParamContentItemServerToolUse.from_dict(
                                    data
                                )

                                return content_type_1_item_type_7
                            if MessagesMessageParamContentItemWebSearchToolResult.accepts(
                                data
                            ):
                                content_type_1_item_type_8 = MessagesMessageParamContentItemWebSearchToolResult.from_dict(
                                    data
                                )

                                return content_type_1_item_type_8
                            if AnthropicSearchResultBlockParam.accepts(data):
                                content_type_1_item_type_9 = (
                                    AnthropicSearchResultBlockParam.from_dict(data)
                                )

                                return content_type_1_item_type_9
                            if MessagesMessageParamContentItemCompaction.accepts(data):
                                content_type_1_item_type_10 = (
                                    MessagesMessageParamContentItemCompaction.from_dict(
                                        data
                                    )
                                )

                                return content_type_1_item_type_10
                            if MessagesAdvisorToolResultBlock.accepts(data):
                                content_type_1_item_type_11 = (
                                    MessagesAdvisorToolResultBlock.from_dict(data)
                                )

                                return content_type_1_item_type_11
                            if MessagesToolAdditionBlock.accepts(data):
                                content_type_1_item_type_12 = (
                                    MessagesToolAdditionBlock.from_dict(data)
                                )

                                return content_type_1_item_type_12
                            if MessagesToolRemovalBlock.accepts(data):
                                content_type_1_item_type_13 = (
                                    MessagesToolRemovalBlock.from_dict(data)
                                )

                                return content_type_1_item_type_13
                            if MessagesShellToolResultBlock.accepts(data):
                                content_type_1_item_type_14 = (
                                    MessagesShellToolResultBlock.from_dict(data)
                                )

                                return content_type_1_item_type_14
                            if MessagesBashToolResultBlock.accepts(data):
                                content_type_1_item_type_15 = (
                                    MessagesBashToolResultBlock.from_dict(data)
                                )

                                return content_type_1_item_type_15
                            if AnthropicTextBlockParam.discriminated_by(data):
                                return AnthropicTextBlockParam.from_dict(data)
                            if AnthropicImageBlockParam.discriminated_by(data):
                                return AnthropicImageBlockParam.from_dict(data)
                            if AnthropicDocumentBlockParam.discriminated_by(data):
                                return AnthropicDocumentBlockParam.from_dict(data)
                            if MessagesMessageParamContentItemToolUse.discriminated_by(
                                data
                            ):
                                return MessagesMessageParamContentItemToolUse.from_dict(
                                    data
                                )
                            if MessagesMessageParamContentItemToolResult.discriminated_by(
                                data
                            ):
                                return (
                                    MessagesMessageParamContentItemToolResult.from_dict(
                                        data
                                    )
                                )
                            if AnthropicThinkingBlock.discriminated_by(data):
                                return AnthropicThinkingBlock.from_dict(data)
                            if AnthropicRedactedThinkingBlock.discriminated_by(data):
                                return AnthropicRedactedThinkingBlock.from_dict(data)
                            if MessagesMessageParamContentItemServerToolUse.discriminated_by(
                                data
                            ):
                                return MessagesMessageParamContentItemServerToolUse.from_dict(
                                    data
                                )
                            if MessagesMessageParamContentItemWebSearchToolResult.discriminated_by(
                                data
                            ):
                                return MessagesMessageParamContentItemWebSearchToolResult.from_dict(
                                    data
                                )
                            if AnthropicSearchResultBlockParam.discriminated_by(data):
                                return AnthropicSearchResultBlockParam.from_dict(data)
                            if MessagesMessageParamContentItemCompaction.discriminated_by(
                                data
                            ):
                                return (
                                    MessagesMessageParamContentItemCompaction.from_dict(
                                        data
                                    )
                                )
                            if MessagesAdvisorToolResultBlock.discriminated_by(data):
                                return MessagesAdvisorToolResultBlock.from_dict(data)
                            if MessagesToolAdditionBlock.discriminated_by(data):
                                return MessagesToolAdditionBlock.from_dict(data)
                            if MessagesToolRemovalBlock.discriminated_by(data):
                                return MessagesToolRemovalBlock.from_dict(data)
                            if MessagesShellToolResultBlock.discriminated_by(data):
                                return MessagesShellToolResultBlock.from_dict(data)
                            if MessagesBashToolResultBlock.discriminated_by(data):
                                return MessagesBashToolResultBlock.from_dict(data)
                            return cast(
                                AnthropicDocumentBlockParam
                                | AnthropicImageBlockParam
                                | AnthropicRedactedThinkingBlock
                                | AnthropicSearchResultBlockParam
                                | AnthropicTextBlockParam
                                | AnthropicThinkingBlock
                                | MessagesAdvisorToolResultBlock
                                | MessagesBashToolResultBlock
                                | MessagesMessageParamContentItemCompaction
                                | MessagesMessageParamContentItemServerToolUse
                                | MessagesMessageParamContentItemToolResult
                                | MessagesMessageParamContentItemToolUse
                                | MessagesMessageParamContentItemWebSearchToolResult
                                | MessagesShellToolResultBlock
                                | MessagesToolAdditionBlock
                                | MessagesToolRemovalBlock,
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
                        | AnthropicRedactedThinkingBlock
                        | AnthropicSearchResultBlockParam
                        | AnthropicTextBlockParam
                        | AnthropicThinkingBlock
                        | MessagesAdvisorToolResultBlock
                        | MessagesBashToolResultBlock
                        | MessagesMessageParamContentItemCompaction
                        | MessagesMessageParamContentItemServerToolUse
                        | MessagesMessageParamContentItemToolResult
                        | MessagesMessageParamContentItemToolUse
                        | MessagesMessageParamContentItemWebSearchToolResult
                        | MessagesShellToolResultBlock
                        | MessagesToolAdditionBlock
                        | MessagesToolRemovalBlock
                    ]
                    | str,
                    data,
                )

            content = _parse_content(raw__)

            return content

        def role_(raw__: Any) -> Any:
            role = MessagesMessageParamRole(raw__)

            return role

        return {
            "content": content_,
            "role": role_,
        }
