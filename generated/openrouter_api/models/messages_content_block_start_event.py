from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
    from ..models.anthropic_bash_code_execution_tool_result import (
        AnthropicBashCodeExecutionToolResult,
    )
    from ..models.anthropic_code_execution_tool_result import (
        AnthropicCodeExecutionToolResult,
    )
    from ..models.anthropic_compaction_block import AnthropicCompactionBlock
    from ..models.anthropic_container_upload import AnthropicContainerUpload
    from ..models.anthropic_redacted_thinking_block import (
        AnthropicRedactedThinkingBlock,
    )
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_text_editor_code_execution_tool_result import (
        AnthropicTextEditorCodeExecutionToolResult,
    )
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from ..models.messages_content_block_start_event_type import (
        MessagesContentBlockStartEventType,
    )
    from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
    from ..models.or_anthropic_server_tool_use_block import (
        ORAnthropicServerToolUseBlock,
    )
    from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult


@_attrs_define(slots=False, repr=False)
class MessagesContentBlockStartEvent(LazyModel):
    """Event sent when a new content block starts

    Example:
        {'content_block': {'citations': [], 'text': '', 'type': 'text'}, 'index': 0, 'type': 'content_block_start'}

    Attributes:
        content_block (AnthropicAdvisorToolResult | AnthropicBashCodeExecutionToolResult |
            AnthropicCodeExecutionToolResult | AnthropicCompactionBlock | AnthropicContainerUpload |
            AnthropicRedactedThinkingBlock | AnthropicTextBlock | AnthropicTextEditorCodeExecutionToolResult |
            AnthropicThinkingBlock | AnthropicToolSearchToolResult | AnthropicToolUseBlock | AnthropicWebFetchToolResult |
            AnthropicWebSearchToolResult | ORAnthropicBashToolResult | ORAnthropicServerToolUseBlock |
            ORAnthropicShellToolResult):
        index (int):
        type (MessagesContentBlockStartEventType):
    """

    content_block: (
        AnthropicAdvisorToolResult
        | AnthropicBashCodeExecutionToolResult
        | AnthropicCodeExecutionToolResult
        | AnthropicCompactionBlock
        | AnthropicContainerUpload
        | AnthropicRedactedThinkingBlock
        | AnthropicTextBlock
        | AnthropicTextEditorCodeExecutionToolResult
        | AnthropicThinkingBlock
        | AnthropicToolSearchToolResult
        | AnthropicToolUseBlock
        | AnthropicWebFetchToolResult
        | AnthropicWebSearchToolResult
        | ORAnthropicBashToolResult
        | ORAnthropicServerToolUseBlock
        | ORAnthropicShellToolResult
    )
    index: int
    type: MessagesContentBlockStartEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_block", "content_block"),
        ("index", "index"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content_block",
            "index",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "content_block_start"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
        from ..models.anthropic_bash_code_execution_tool_result import (
            AnthropicBashCodeExecutionToolResult,
        )
        from ..models.anthropic_code_execution_tool_result import (
            AnthropicCodeExecutionToolResult,
        )
        from ..models.anthropic_compaction_block import AnthropicCompactionBlock
        from ..models.anthropic_container_upload import AnthropicContainerUpload
        from ..models.anthropic_redacted_thinking_block import (
            AnthropicRedactedThinkingBlock,
        )
        from ..models.anthropic_text_block import AnthropicTextBlock
        from ..models.anthropic_text_editor_code_execution_tool_result import (
            AnthropicTextEditorCodeExecutionToolResult,
        )
        from ..models.anthropic_thinking_block import AnthropicThinkingBlock
        from ..models.anthropic_tool_search_tool_result import (
            AnthropicToolSearchToolResult,
        )
        from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
        from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
        from ..models.anthropic_web_search_tool_result import (
            AnthropicWebSearchToolResult,
        )
        from ..models.messages_content_block_start_event_type import (
            MessagesContentBlockStartEventType,
        )
        from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
        from ..models.or_anthropic_server_tool_use_block import (
            ORAnthropicServerToolUseBlock,
        )
        from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult

        def content_block_(raw__: Any) -> Any:
            def _parse_content_block(
                data: object,
            ) -> (
                AnthropicAdvisorToolResult
                | AnthropicBashCodeExecutionToolResult
                | AnthropicCodeExecutionToolResult
                | AnthropicCompactionBlock
                | AnthropicContainerUpload
                | AnthropicRedactedThinkingBlock
                | AnthropicTextBlock
                | AnthropicTextEditorCodeExecutionToolResult
                | AnthropicThinkingBlock
                | AnthropicToolSearchToolResult
                | AnthropicToolUseBlock
                | AnthropicWebFetchToolResult
                | AnthropicWebSearchToolResult
                | ORAnthropicBashToolResult
                | ORAnthropicServerToolUseBlock
                | ORAnthropicShellToolResult
            ):
                if AnthropicTextBlock.accepts(data):
                    content_block_type_0 = AnthropicTextBlock.from_dict(data)

                    return content_block_type_0
                if AnthropicToolUseBlock.accepts(data):
                    content_block_type_1 = AnthropicToolUseBlock.from_dict(data)

                    return content_block_type_1
                if AnthropicThinkingBlock.accepts(data):
                    content_block_type_2 = AnthropicThinkingBlock.from_dict(data)

                    return content_block_type_2
                if AnthropicRedactedThinkingBlock.accepts(data):
                    content_block_type_3 = AnthropicRedactedThinkingBlock.from_dict(
                        data
                    )

                    return content_block_type_3
                if ORAnthropicServerToolUseBlock.accepts(data):
                    content_block_type_4 = ORAnthropicServerToolUseBlock.from_dict(data)

                    return content_block_type_4
                if AnthropicWebSearchToolResult.accepts(data):
                    content_block_type_5 = AnthropicWebSearchToolResult.from_dict(data)

                    return content_block_type_5
                if AnthropicWebFetchToolResult.accepts(data):
                    content_block_type_6 = AnthropicWebFetchToolResult.from_dict(data)

                    return content_block_type_6
                if AnthropicCodeExecutionToolResult.accepts(data):
                    content_block_type_7 = AnthropicCodeExecutionToolResult.from_dict(
                        data
                    )

                    return content_block_type_7
                if AnthropicBashCodeExecutionToolResult.accepts(data):
                    content_block_type_8 = (
                        AnthropicBashCodeExecutionToolResult.from_dict(data)
                    )

                    return content_block_type_8
                if AnthropicTextEditorCodeExecutionToolResult.accepts(data):
                    content_block_type_9 = (
                        AnthropicTextEditorCodeExecutionToolResult.from_dict(data)
                    )

                    return content_block_type_9
                if AnthropicToolSearchToolResult.accepts(data):
                    content_block_type_10 = AnthropicToolSearchToolResult.from_dict(
                        data
                    )

                    return content_block_type_10
                if AnthropicContainerUpload.accepts(data):
                    content_block_type_11 = AnthropicContainerUpload.from_dict(data)

                    return content_block_type_11
                if AnthropicCompactionBlock.accepts(data):
                    content_block_type_12 = AnthropicCompactionBlock.from_dict(data)

                    return content_block_type_12
                if AnthropicAdvisorToolResult.accepts(data):
                    content_block_type_13 = AnthropicAdvisorToolResult.from_dict(data)

                    return content_block_type_13
                if ORAnthropicShellToolResult.accepts(data):
                    content_block_type_14 = ORAnthropicShellToolResult.from_dict(data)

                    return content_block_type_14
                if ORAnthropicBashToolResult.accepts(data):
                    content_block_type_15 = ORAnthropicBashToolResult.from_dict(data)

                    return content_block_type_15
                if AnthropicTextBlock.discriminated_by(data):
                    return AnthropicTextBlock.from_dict(data)
                if AnthropicToolUseBlock.discriminated_by(data):
                    return AnthropicToolUseBlock.from_dict(data)
                if AnthropicThinkingBlock.discriminated_by(data):
                    return AnthropicThinkingBlock.from_dict(data)
                if AnthropicRedactedThinkingBlock.discriminated_by(data):
                    return AnthropicRedactedThinkingBlock.from_dict(data)
                if ORAnthropicServerToolUseBlock.discriminated_by(data):
                    return ORAnthropicServerToolUseBlock.from_dict(data)
                if AnthropicWebSearchToolResult.discriminated_by(data):
                    return AnthropicWebSearchToolResult.from_dict(data)
                if AnthropicWebFetchToolResult.discriminated_by(data):
                    return AnthropicWebFetchToolResult.from_dict(data)
                if AnthropicCodeExecutionToolResult.discriminated_by(data):
                    return AnthropicCodeExecutionToolResult.from_dict(data)
                if AnthropicBashCodeExecutionToolResult.discriminated_by(data):
                    return AnthropicBashCodeExecutionToolResult.from_dict(data)
                if AnthropicTextEditorCodeExecutionToolResult.discriminated_by(data):
                    return AnthropicTextEditorCodeExecutionToolResult.from_dict(data)
                if AnthropicToolSearchToolResult.discriminated_by(data):
                    return AnthropicToolSearchToolResult.from_dict(data)
                if AnthropicContainerUpload.discriminated_by(data):
                    return AnthropicContainerUpload.from_dict(data)
                if AnthropicCompactionBlock.discriminated_by(data):
                    return AnthropicCompactionBlock.from_dict(data)
                if AnthropicAdvisorToolResult.discriminated_by(data):
                    return AnthropicAdvisorToolResult.from_dict(data)
                if ORAnthropicShellToolResult.discriminated_by(data):
                    return ORAnthropicShellToolResult.from_dict(data)
                if ORAnthropicBashToolResult.discriminated_by(data):
                    return ORAnthropicBashToolResult.from_dict(data)
                return cast(
                    AnthropicAdvisorToolResult
                    | AnthropicBashCodeExecutionToolResult
                    | AnthropicCodeExecutionToolResult
                    | AnthropicCompactionBlock
                    | AnthropicContainerUpload
                    | AnthropicRedactedThinkingBlock
                    | AnthropicTextBlock
                    | AnthropicTextEditorCodeExecutionToolResult
                    | AnthropicThinkingBlock
                    | AnthropicToolSearchToolResult
                    | AnthropicToolUseBlock
                    | AnthropicWebFetchToolResult
                    | AnthropicWebSearchToolResult
                    | ORAnthropicBashToolResult
                    | ORAnthropicServerToolUseBlock
                    | ORAnthropicShellToolResult,
                    data,
                )

            content_block = _parse_content_block(raw__)

            return content_block

        def type_(raw__: Any) -> Any:
            type = MessagesContentBlockStartEventType(raw__)

            return type

        return {
            "content_block": content_block_,
            "type": type_,
        }
