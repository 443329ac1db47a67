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
    from ..models.anthropic_container import AnthropicContainer
    from ..models.anthropic_container_upload import AnthropicContainerUpload
    from ..models.anthropic_redacted_thinking_block import (
        AnthropicRedactedThinkingBlock,
    )
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_text_editor_code_execution_tool_result import (
        AnthropicTextEditorCodeExecutionToolResult,
    )
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from ..models.base_messages_result_role import BaseMessagesResultRole
    from ..models.base_messages_result_type import BaseMessagesResultType
    from ..models.base_messages_result_usage import BaseMessagesResultUsage
    from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
    from ..models.or_anthropic_server_tool_use_block import (
        ORAnthropicServerToolUseBlock,
    )
    from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult
    from ..models.or_anthropic_stop_reason import ORAnthropicStopReason


@_attrs_define(slots=False, repr=False)
class BaseMessagesResult(LazyModel):
    """Base Anthropic Messages API response before OpenRouter extensions

    Example:
        {'container': None, 'content': [{'citations': [], 'text': 'Hello!', 'type': 'text'}], 'id':
            'msg_01XFDUDYJgAACzvnptvVoYEL', 'model': 'claude-sonnet-4-5-20250929', 'role': 'assistant', 'stop_details':
            None, 'stop_reason': 'end_turn', 'stop_sequence': None, 'type': 'message', 'usage': {'cache_creation': None,
            'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'inference_geo': None, 'input_tokens': 12,
            'output_tokens': 8, 'output_tokens_details': None, 'server_tool_use': None, 'service_tier': 'standard'}}

    Attributes:
        container (AnthropicContainer | None):
        content (list[AnthropicAdvisorToolResult | AnthropicBashCodeExecutionToolResult |
            AnthropicCodeExecutionToolResult | AnthropicCompactionBlock | AnthropicContainerUpload |
            AnthropicRedactedThinkingBlock | AnthropicTextBlock | AnthropicTextEditorCodeExecutionToolResult |
            AnthropicThinkingBlock | AnthropicToolSearchToolResult | AnthropicToolUseBlock | AnthropicWebFetchToolResult |
            AnthropicWebSearchToolResult | ORAnthropicBashToolResult | ORAnthropicServerToolUseBlock |
            ORAnthropicShellToolResult]):
        id (str):
        model (str):
        role (BaseMessagesResultRole):
        stop_details (AnthropicRefusalStopDetails | None):
        stop_reason (ORAnthropicStopReason | None):
        stop_sequence (str | None):
        type (BaseMessagesResultType):
        usage (BaseMessagesResultUsage):  Example: {'cache_creation': None, 'cache_creation_input_tokens': None,
            'cache_read_input_tokens': None, 'inference_geo': None, 'input_tokens': 100, 'output_tokens': 50,
            'output_tokens_details': None, 'server_tool_use': None, 'service_tier': 'standard'}.
    """

    container: AnthropicContainer | None
    content: list[
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
    ]
    id: str
    model: str
    role: BaseMessagesResultRole
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: ORAnthropicStopReason | None
    stop_sequence: str | None
    type: BaseMessagesResultType
    usage: BaseMessagesResultUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("container", "container"),
        ("content", "content"),
        ("id", "id"),
        ("model", "model"),
        ("role", "role"),
        ("stop_details", "stop_details"),
        ("stop_reason", "stop_reason"),
        ("stop_sequence", "stop_sequence"),
        ("type", "type"),
        ("usage", "usage"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "container",
            "content",
            "id",
            "model",
            "role",
            "stop_details",
            "stop_reason",
            "stop_sequence",
            "type",
            "usage",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "usage",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("role", "assistant"),
        ("type", "message"),
    )

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
        from ..models.anthropic_container import AnthropicContainer
        from ..models.anthropic_container_upload import AnthropicContainerUpload
        from ..models.anthropic_redacted_thinking_block import (
            AnthropicRedactedThinkingBlock,
        )
        from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
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
        from ..models.base_messages_result_role import BaseMessagesResultRole
        from ..models.base_messages_result_type import BaseMessagesResultType
        from ..models.base_messages_result_usage import BaseMessagesResultUsage
        from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
        from ..models.or_anthropic_server_tool_use_block import (
            ORAnthropicServerToolUseBlock,
        )
        from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult
        from ..models.or_anthropic_stop_reason import ORAnthropicStopReason

        def container_(raw__: Any) -> Any:
            def _parse_container(data: object) -> AnthropicContainer | None:
                if data is None:
                    return data
                if AnthropicContainer.accepts(data):
                    container_type_0 = AnthropicContainer.from_dict(data)

                    return container_type_0
                if AnthropicContainer.discriminated_by(data):
                    return AnthropicContainer.from_dict(data)
                return cast(AnthropicContainer | None, data)

            container = _parse_container(raw__)

            return container

        def content_(raw__: Any) -> Any:
            content = []
            _content = raw__
            for content_item_data in _content:

                def _parse_content_item(
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
                        componentsschemas_or_anthropic_content_block_type_0 = (
                            AnthropicTextBlock.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_0
                    if AnthropicToolUseBlock.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_1 = (
                            AnthropicToolUseBlock.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_1
                    if AnthropicThinkingBlock.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_2 = (
                            AnthropicThinkingBlock.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_2
                    if AnthropicRedactedThinkingBlock.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_3 = (
                            AnthropicRedactedThinkingBlock.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_3
                    if ORAnthropicServerToolUseBlock.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_4 = (
                            ORAnthropicServerToolUseBlock.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_4
                    if AnthropicWebSearchToolResult.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_5 = (
                            AnthropicWebSearchToolResult.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_5
                    if AnthropicWebFetchToolResult.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_6 = (
                            AnthropicWebFetchToolResult.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_6
                    if AnthropicCodeExecutionToolResult.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_7 = (
                            AnthropicCodeExecutionToolResult.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_7
                    if AnthropicBashCodeExecutionToolResult.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_8 = (
                            AnthropicBashCodeExecutionToolResult.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_8
                    if AnthropicTextEditorCodeExecutionToolResult.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_9 = (
                            AnthropicTextEditorCodeExecutionToolResult.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_9
                    if AnthropicToolSearchToolResult.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_10 = (
                            AnthropicToolSearchToolResult.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_10
                    if AnthropicContainerUpload.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_11 = (
                            AnthropicContainerUpload.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_11
                    if AnthropicCompactionBlock.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_12 = (
                            AnthropicCompactionBlock.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_12
                    if AnthropicAdvisorToolResult.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_13 = (
                            AnthropicAdvisorToolResult.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_13
                    if ORAnthropicShellToolResult.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_14 = (
                            ORAnthropicShellToolResult.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_14
                    if ORAnthropicBashToolResult.accepts(data):
                        componentsschemas_or_anthropic_content_block_type_15 = (
                            ORAnthropicBashToolResult.from_dict(data)
                        )

                        return componentsschemas_or_anthropic_content_block_type_15
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
                    if AnthropicTextEditorCodeExecutionToolResult.discriminated_by(
                        data
                    ):
                        return AnthropicTextEditorCodeExecutionToolResult.from_dict(
                            data
                        )
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

                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

            return content

        def role_(raw__: Any) -> Any:
            role = BaseMessagesResultRole(raw__)

            return role

        def stop_details_(raw__: Any) -> Any:
            def _parse_stop_details(data: object) -> AnthropicRefusalStopDetails | None:
                if data is None:
                    return data
                if AnthropicRefusalStopDetails.accepts(data):
                    stop_details_type_0 = AnthropicRefusalStopDetails.from_dict(data)

                    return stop_details_type_0
                if AnthropicRefusalStopDetails.discriminated_by(data):
                    return AnthropicRefusalStopDetails.from_dict(data)
                return cast(AnthropicRefusalStopDetails | None, data)

            stop_details = _parse_stop_details(raw__)

            return stop_details

        def stop_reason_(raw__: Any) -> Any:
            def _parse_stop_reason(data: object) -> None | ORAnthropicStopReason:
                if data is None:
                    return data
                if ORAnthropicStopReason.is_declared(data):
                    stop_reason_type_0 = ORAnthropicStopReason(data)

                    return stop_reason_type_0
                if isinstance(data, str):
                    return ORAnthropicStopReason(data)
                return cast(None | ORAnthropicStopReason, data)

            stop_reason = _parse_stop_reason(raw__)

            return stop_reason

        def type_(raw__: Any) -> Any:
            type = BaseMessagesResultType(raw__)

            return type

        def usage_(raw__: Any) -> Any:
            usage = BaseMessagesResultUsage.from_dict(raw__)

            return usage

        return {
            "container": container_,
            "content": content_,
            "role": role_,
            "stop_details": stop_details_,
            "stop_reason": stop_reason_,
            "type": type_,
            "usage": usage_,
        }
