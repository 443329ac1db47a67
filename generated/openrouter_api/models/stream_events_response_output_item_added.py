from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ..models.output_apply_patch_call_item import OutputApplyPatchCallItem
    from ..models.output_apply_patch_server_tool_item import (
        OutputApplyPatchServerToolItem,
    )
    from ..models.output_bash_server_tool_item import OutputBashServerToolItem
    from ..models.output_browser_use_server_tool_item import (
        OutputBrowserUseServerToolItem,
    )
    from ..models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from ..models.output_code_interpreter_server_tool_item import (
        OutputCodeInterpreterServerToolItem,
    )
    from ..models.output_computer_call_item import OutputComputerCallItem
    from ..models.output_custom_tool_call_item import OutputCustomToolCallItem
    from ..models.output_datetime_item import OutputDatetimeItem
    from ..models.output_file_search_call_item import OutputFileSearchCallItem
    from ..models.output_file_search_server_tool_item import (
        OutputFileSearchServerToolItem,
    )
    from ..models.output_files_server_tool_item import OutputFilesServerToolItem
    from ..models.output_function_call_item import OutputFunctionCallItem
    from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem
    from ..models.output_image_generation_call_item import OutputImageGenerationCallItem
    from ..models.output_image_generation_server_tool_item import (
        OutputImageGenerationServerToolItem,
    )
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_message_item import OutputMessageItem
    from ..models.output_reasoning_item import OutputReasoningItem
    from ..models.output_search_models_server_tool_item import (
        OutputSearchModelsServerToolItem,
    )
    from ..models.output_shell_call_item import OutputShellCallItem
    from ..models.output_shell_call_output_item import OutputShellCallOutputItem
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem
    from ..models.output_text_editor_server_tool_item import (
        OutputTextEditorServerToolItem,
    )
    from ..models.output_tool_search_server_tool_item import (
        OutputToolSearchServerToolItem,
    )
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from ..models.output_web_search_call_item import OutputWebSearchCallItem
    from ..models.output_web_search_server_tool_item import (
        OutputWebSearchServerToolItem,
    )
    from ..models.stream_events_response_output_item_added_type import (
        StreamEventsResponseOutputItemAddedType,
    )


@_attrs_define(slots=False, repr=False)
class StreamEventsResponseOutputItemAdded(LazyModel):
    """Event emitted when a new output item is added to the response

    Example:
        {'item': {'content': [], 'id': 'item-1', 'role': 'assistant', 'status': 'in_progress', 'type': 'message'},
            'output_index': 0, 'sequence_number': 2, 'type': 'response.output_item.added'}

    Attributes:
        item (OutputAdvisorServerToolItem | OutputApplyPatchCallItem | OutputApplyPatchServerToolItem |
            OutputBashServerToolItem | OutputBrowserUseServerToolItem | OutputCodeInterpreterCallItem |
            OutputCodeInterpreterServerToolItem | OutputComputerCallItem | OutputCustomToolCallItem | OutputDatetimeItem |
            OutputFileSearchCallItem | OutputFileSearchServerToolItem | OutputFilesServerToolItem | OutputFunctionCallItem |
            OutputFusionServerToolItem | OutputImageGenerationCallItem | OutputImageGenerationServerToolItem |
            OutputMcpServerToolItem | OutputMemoryServerToolItem | OutputMessageItem | OutputReasoningItem |
            OutputSearchModelsServerToolItem | OutputShellCallItem | OutputShellCallOutputItem | OutputShellServerToolItem |
            OutputSubagentServerToolItem | OutputTextEditorServerToolItem | OutputToolSearchServerToolItem |
            OutputWebFetchServerToolItem | OutputWebSearchCallItem | OutputWebSearchServerToolItem): An output item from the
            response Example: {'content': [{'text': 'Hello! How can I help you today?', 'type': 'output_text'}], 'id': 'msg-
            abc123', 'role': 'assistant', 'status': 'completed', 'type': 'message'}.
        output_index (int):
        sequence_number (int):
        type (StreamEventsResponseOutputItemAddedType):
    """

    item: (
        OutputAdvisorServerToolItem
        | OutputApplyPatchCallItem
        | OutputApplyPatchServerToolItem
        | OutputBashServerToolItem
        | OutputBrowserUseServerToolItem
        | OutputCodeInterpreterCallItem
        | OutputCodeInterpreterServerToolItem
        | OutputComputerCallItem
        | OutputCustomToolCallItem
        | OutputDatetimeItem
        | OutputFileSearchCallItem
        | OutputFileSearchServerToolItem
        | OutputFilesServerToolItem
        | OutputFunctionCallItem
        | OutputFusionServerToolItem
        | OutputImageGenerationCallItem
        | OutputImageGenerationServerToolItem
        | OutputMcpServerToolItem
        | OutputMemoryServerToolItem
        | OutputMessageItem
        | OutputReasoningItem
        | OutputSearchModelsServerToolItem
        | OutputShellCallItem
        | OutputShellCallOutputItem
        | OutputShellServerToolItem
        | OutputSubagentServerToolItem
        | OutputTextEditorServerToolItem
        | OutputToolSearchServerToolItem
        | OutputWebFetchServerToolItem
        | OutputWebSearchCallItem
        | OutputWebSearchServerToolItem
    )
    output_index: int
    sequence_number: int
    type: StreamEventsResponseOutputItemAddedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item", "item"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "item",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.output_item.added"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
        from ..models.output_apply_patch_call_item import OutputApplyPatchCallItem
        from ..models.output_apply_patch_server_tool_item import (
            OutputApplyPatchServerToolItem,
        )
        from ..models.output_bash_server_tool_item import OutputBashServerToolItem
        from ..models.output_browser_use_server_tool_item import (
            OutputBrowserUseServerToolItem,
        )
        from ..models.output_code_interpreter_call_item import (
            OutputCodeInterpreterCallItem,
        )
        from ..models.output_code_interpreter_server_tool_item import (
            OutputCodeInterpreterServerToolItem,
        )
        from ..models.output_computer_call_item import OutputComputerCallItem
        from ..models.output_custom_tool_call_item import OutputCustomToolCallItem
        from ..models.output_datetime_item import OutputDatetimeItem
        from ..models.output_file_search_call_item import OutputFileSearchCallItem
        from ..models.output_file_search_server_tool_item import (
            OutputFileSearchServerToolItem,
        )
        from ..models.output_files_server_tool_item import OutputFilesServerToolItem
        from ..models.output_function_call_item import OutputFunctionCallItem
        from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem
        from ..models.output_image_generation_call_item import (
            OutputImageGenerationCallItem,
        )
        from ..models.output_image_generation_server_tool_item import (
            OutputImageGenerationServerToolItem,
        )
        from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
        from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
        from ..models.output_message_item import OutputMessageItem
        from ..models.output_reasoning_item import OutputReasoningItem
        from ..models.output_search_models_server_tool_item import (
            OutputSearchModelsServerToolItem,
        )
        from ..models.output_shell_call_item import OutputShellCallItem
        from ..models.output_shell_call_output_item import OutputShellCallOutputItem
        from ..models.output_shell_server_tool_item import OutputShellServerToolItem
        from ..models.output_subagent_server_tool_item import (
            OutputSubagentServerToolItem,
        )
        from ..models.output_text_editor_server_tool_item import (
            OutputTextEditorServerToolItem,
        )
        from ..models.output_tool_search_server_tool_item import (
            OutputToolSearchServerToolItem,
        )
        from ..models.output_web_fetch_server_tool_item import (
            OutputWebFetchServerToolItem,
        )
        from ..models.output_web_search_call_item import OutputWebSearchCallItem
        from ..models.output_web_search_server_tool_item import (
            OutputWebSearchServerToolItem,
        )
        from ..models.stream_events_response_output_item_added_type import (
            StreamEventsResponseOutputItemAddedType,
        )

        def item_(raw__: Any) -> Any:
            def _parse_item(
                data: object,
            ) -> (
                OutputAdvisorServerToolItem
                | OutputApplyPatchCallItem
                | OutputApplyPatchServerToolItem
                | OutputBashServerToolItem
                | OutputBrowserUseServerToolItem
                | OutputCodeInterpreterCallItem
                | OutputCodeInterpreterServerToolItem
                | OutputComputerCallItem
                | OutputCustomToolCallItem
                | OutputDatetimeItem
                | OutputFileSearchCallItem
                | OutputFileSearchServerToolItem
                | OutputFilesServerToolItem
                | OutputFunctionCallItem
                | OutputFusionServerToolItem
                | OutputImageGenerationCallItem
                | OutputImageGenerationServerToolItem
                | OutputMcpServerToolItem
                | OutputMemoryServerToolItem
                | OutputMessageItem
                | OutputReasoningItem
                | OutputSearchModelsServerToolItem
                | OutputShellCallItem
                | OutputShellCallOutputItem
                | OutputShellServerToolItem
                | OutputSubagentServerToolItem
                | OutputTextEditorServerToolItem
                | OutputToolSearchServerToolItem
                | OutputWebFetchServerToolItem
                | OutputWebSearchCallItem
                | OutputWebSearchServerToolItem
            ):
                if OutputMessageItem.accepts(data):
                    componentsschemas_output_items_type_0 = OutputMessageItem.from_dict(
                        data
                    )

                    return componentsschemas_output_items_type_0
                if OutputReasoningItem.accepts(data):
                    componentsschemas_output_items_type_1 = (
                        OutputReasoningItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_1
                if OutputFunctionCallItem.accepts(data):
                    componentsschemas_output_items_type_2 = (
                        OutputFunctionCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_2
                if OutputWebSearchCallItem.accepts(data):
                    componentsschemas_output_items_type_3 = (
                        OutputWebSearchCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_3
                if OutputFileSearchCallItem.accepts(data):
                    componentsschemas_output_items_type_4 = (
                        OutputFileSearchCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_4
                if OutputImageGenerationCallItem.accepts(data):
                    componentsschemas_output_items_type_5 = (
                        OutputImageGenerationCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_5
                if OutputCodeInterpreterCallItem.accepts(data):
                    componentsschemas_output_items_type_6 = (
                        OutputCodeInterpreterCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_6
                if OutputComputerCallItem.accepts(data):
                    componentsschemas_output_items_type_7 = (
                        OutputComputerCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_7
                if OutputDatetimeItem.accepts(data):
                    componentsschemas_output_items_type_8 = (
                        OutputDatetimeItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_8
                if OutputWebSearchServerToolItem.accepts(data):
                    componentsschemas_output_items_type_9 = (
                        OutputWebSearchServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_9
                if OutputCodeInterpreterServerToolItem.accepts(data):
                    componentsschemas_output_items_type_10 = (
                        OutputCodeInterpreterServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_10
                if OutputFileSearchServerToolItem.accepts(data):
                    componentsschemas_output_items_type_11 = (
                        OutputFileSearchServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_11
                if OutputImageGenerationServerToolItem.accepts(data):
                    componentsschemas_output_items_type_12 = (
                        OutputImageGenerationServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_12
                if OutputBrowserUseServerToolItem.accepts(data):
                    componentsschemas_output_items_type_13 = (
                        OutputBrowserUseServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_13
                if OutputBashServerToolItem.accepts(data):
                    componentsschemas_output_items_type_14 = (
                        OutputBashServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_14
                if OutputTextEditorServerToolItem.accepts(data):
                    componentsschemas_output_items_type_15 = (
                        OutputTextEditorServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_15
                if OutputApplyPatchServerToolItem.accepts(data):
                    componentsschemas_output_items_type_16 = (
                        OutputApplyPatchServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_16
                if OutputApplyPatchCallItem.accepts(data):
                    componentsschemas_output_items_type_17 = (
                        OutputApplyPatchCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_17
                if OutputShellCallItem.accepts(data):
                    componentsschemas_output_items_type_18 = (
                        OutputShellCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_18
                if OutputShellCallOutputItem.accepts(data):
                    componentsschemas_output_items_type_19 = (
                        OutputShellCallOutputItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_19
                if OutputShellServerToolItem.accepts(data):
                    componentsschemas_output_items_type_20 = (
                        OutputShellServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_20
                if OutputWebFetchServerToolItem.accepts(data):
                    componentsschemas_output_items_type_21 = (
                        OutputWebFetchServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_21
                if OutputToolSearchServerToolItem.accepts(data):
                    componentsschemas_output_items_type_22 = (
                        OutputToolSearchServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_22
                if OutputMemoryServerToolItem.accepts(data):
                    componentsschemas_output_items_type_23 = (
                        OutputMemoryServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_23
                if OutputMcpServerToolItem.accepts(data):
                    componentsschemas_output_items_type_24 = (
                        OutputMcpServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_24
                if OutputSearchModelsServerToolItem.accepts(data):
                    componentsschemas_output_items_type_25 = (
                        OutputSearchModelsServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_25
                if OutputFusionServerToolItem.accepts(data):
                    componentsschemas_output_items_type_26 = (
                        OutputFusionServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_26
                if OutputAdvisorServerToolItem.accepts(data):
                    componentsschemas_output_items_type_27 = (
                        OutputAdvisorServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_27
                if OutputSubagentServerToolItem.accepts(data):
                    componentsschemas_output_items_type_28 = (
                        OutputSubagentServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_28
                if OutputFilesServerToolItem.accepts(data):
                    componentsschemas_output_items_type_29 = (
                        OutputFilesServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_29
                if OutputCustomToolCallItem.accepts(data):
                    componentsschemas_output_items_type_30 = (
                        OutputCustomToolCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_30
                if OutputMessageItem.discriminated_by(data):
                    return OutputMessageItem.from_dict(data)
                if OutputReasoningItem.discriminated_by(data):
                    return OutputReasoningItem.from_dict(data)
                if OutputFunctionCallItem.discriminated_by(data):
                    return OutputFunctionCallItem.from_dict(data)
                if OutputWebSearchCallItem.discriminated_by(data):
                    return OutputWebSearchCallItem.from_dict(data)
                if OutputFileSearchCallItem.discriminated_by(data):
                    return OutputFileSearchCallItem.from_dict(data)
                if OutputImageGenerationCallItem.discriminated_by(data):
                    return OutputImageGenerationCallItem.from_dict(data)
                if OutputCodeInterpreterCallItem.discriminated_by(data):
                    return OutputCodeInterpreterCallItem.from_dict(data)
                if OutputComputerCallItem.discriminated_by(data):
                    return OutputComputerCallItem.from_dict(data)
                if OutputDatetimeItem.discriminated_by(data):
                    return OutputDatetimeItem.from_dict(data)
                if OutputWebSearchServerToolItem.discriminated_by(data):
                    return OutputWebSearchServerToolItem.from_dict(data)
                if OutputCodeInterpreterServerToolItem.discriminated_by(data):
                    return OutputCodeInterpreterServerToolItem.from_dict(data)
                if OutputFileSearchServerToolItem.discriminated_by(data):
                    return OutputFileSearchServerToolItem.from_dict(data)
                if OutputImageGenerationServerToolItem.discriminated_by(data):
                    return OutputImageGenerationServerToolItem.from_dict(data)
                if OutputBrowserUseServerToolItem.discriminated_by(data):
                    return OutputBrowserUseServerToolItem.from_dict(data)
                if OutputBashServerToolItem.discriminated_by(data):
                    return OutputBashServerToolItem.from_dict(data)
                if OutputTextEditorServerToolItem.discriminated_by(data):
                    return OutputTextEditorServerToolItem.from_dict(data)
                if OutputApplyPatchServerToolItem.discriminated_by(data):
                    return OutputApplyPatchServerToolItem.from_dict(data)
                if OutputApplyPatchCallItem.discriminated_by(data):
                    return OutputApplyPatchCallItem.from_dict(data)
                if OutputShellCallItem.discriminated_by(data):
                    return OutputShellCallItem.from_dict(data)
                if OutputShellCallOutputItem.discriminated_by(data):
                    return OutputShellCallOutputItem.from_dict(data)
                if OutputShellServerToolItem.discriminated_by(data):
                    return OutputShellServerToolItem.from_dict(data)
                if OutputWebFetchServerToolItem.discriminated_by(data):
                    return OutputWebFetchServerToolItem.from_dict(data)
                if OutputToolSearchServerToolItem.discriminated_by(data):
                    return OutputToolSearchServerToolItem.from_dict(data)
                if OutputMemoryServerToolItem.discriminated_by(data):
                    return OutputMemoryServerToolItem.from_dict(data)
                if OutputMcpServerToolItem.discriminated_by(data):
                    return OutputMcpServerToolItem.from_dict(data)
                if OutputSearchModelsServerToolItem.discriminated_by(data):
                    return OutputSearchModelsServerToolItem.from_dict(data)
                if OutputFusionServerToolItem.discriminated_by(data):
                    return OutputFusionServerToolItem.from_dict(data)
                if OutputAdvisorServerToolItem.discriminated_by(data):
                    return OutputAdvisorServerToolItem.from_dict(data)
                if OutputSubagentServerToolItem.discriminated_by(data):
                    return OutputSubagentServerToolItem.from_dict(data)
                if OutputFilesServerToolItem.discriminated_by(data):
                    return OutputFilesServerToolItem.from_dict(data)
                if OutputCustomToolCallItem.discriminated_by(data):
                    return OutputCustomToolCallItem.from_dict(data)
                return cast(
                    OutputAdvisorServerToolItem
                    | OutputApplyPatchCallItem
                    | OutputApplyPatchServerToolItem
                    | OutputBashServerToolItem
                    | OutputBrowserUseServerToolItem
                    | OutputCodeInterpreterCallItem
                    | OutputCodeInterpreterServerToolItem
                    | OutputComputerCallItem
                    | OutputCustomToolCallItem
                    | OutputDatetimeItem
                    | OutputFileSearchCallItem
                    | OutputFileSearchServerToolItem
                    | OutputFilesServerToolItem
                    | OutputFunctionCallItem
                    | OutputFusionServerToolItem
                    | OutputImageGenerationCallItem
                    | OutputImageGenerationServerToolItem
                    | OutputMcpServerToolItem
                    | OutputMemoryServerToolItem
                    | OutputMessageItem
                    | OutputReasoningItem
                    | OutputSearchModelsServerToolItem
                    | OutputShellCallItem
                    | OutputShellCallOutputItem
                    | OutputShellServerToolItem
                    | OutputSubagentServerToolItem
                    | OutputTextEditorServerToolItem
                    | OutputToolSearchServerToolItem
                    | OutputWebFetchServerToolItem
                    | OutputWebSearchCallItem
                    | OutputWebSearchServerToolItem,
                    data,
                )

            item = _parse_item(raw__)

            return item

        def type_(raw__: Any) -> Any:
            type = StreamEventsResponseOutputItemAddedType(raw__)

            return type

        return {
            "item": item_,
            "type": type_,
        }
