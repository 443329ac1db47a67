from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.api_error_type import ApiErrorType
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.base_inputs_item import BaseInputsItem
    from ..models.base_reasoning_config import BaseReasoningConfig
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.custom_tool import CustomTool
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.incomplete_details import IncompleteDetails
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.mcp_server_tool import McpServerTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.open_ai_response_custom_tool_call import OpenAIResponseCustomToolCall
    from ..models.open_ai_response_custom_tool_call_output import (
        OpenAIResponseCustomToolCallOutput,
    )
    from ..models.open_ai_response_function_tool_call import (
        OpenAIResponseFunctionToolCall,
    )
    from ..models.open_ai_response_function_tool_call_output import (
        OpenAIResponseFunctionToolCallOutput,
    )
    from ..models.open_ai_response_input_message_item import (
        OpenAIResponseInputMessageItem,
    )
    from ..models.open_ai_responses_response_status import OpenAIResponsesResponseStatus
    from ..models.open_ai_responses_tool_choice_enum import (
        OpenAIResponsesToolChoiceEnum,
    )
    from ..models.open_ai_responses_tool_choice_function import (
        OpenAIResponsesToolChoiceFunction,
    )
    from ..models.open_ai_responses_tool_choice_type import (
        OpenAIResponsesToolChoiceType,
    )
    from ..models.open_responses_result_object import OpenResponsesResultObject
    from ..models.open_responses_result_tools_item import OpenResponsesResultToolsItem
    from ..models.open_router_metadata import OpenRouterMetadata
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
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_message import OutputMessage
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
    from ..models.preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.request_metadata import RequestMetadata
    from ..models.responses_error_field import ResponsesErrorField
    from ..models.shell_server_tool import ShellServerTool
    from ..models.stored_prompt_template import StoredPromptTemplate
    from ..models.text_extended_config import TextExtendedConfig
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.truncation import Truncation
    from ..models.usage import Usage
    from ..models.web_search_server_tool import WebSearchServerTool


@_attrs_define(slots=False, repr=False)
class OpenResponsesResult(LazyModel):
    """Complete non-streaming response from the Responses API

    Example:
        {'completed_at': 1704067210, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id': 'resp-
            abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None, 'model':
            'gpt-4', 'object': 'response', 'output': [{'content': [{'annotations': [], 'text': 'Hello! How can I help you
            today?', 'type': 'output_text'}], 'id': 'msg-abc123', 'role': 'assistant', 'status': 'completed', 'type':
            'message'}], 'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'completed', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None, 'usage': {'input_tokens': 10, 'input_tokens_details':
            {'cached_tokens': 0}, 'output_tokens': 25, 'output_tokens_details': {'reasoning_tokens': 0}, 'total_tokens':
            35}}

    Attributes:
        id (str):
        status (OpenAIResponsesResponseStatus):  Example: completed.
        background (bool | None):
        completed_at (int | None):
        created_at (int | None):
        error (ResponsesErrorField | None):
        frequency_penalty (float | None):
        incomplete_details (IncompleteDetails | None):
        instructions (list[ApplyPatchCallItem | ApplyPatchCallOutputItem | BaseInputsItem | OpenAIResponseCustomToolCall
            | OpenAIResponseCustomToolCallOutput | OpenAIResponseFunctionToolCall | OpenAIResponseFunctionToolCallOutput |
            OpenAIResponseInputMessageItem | OutputItemImageGenerationCall | OutputMessage] | str | None):
        max_output_tokens (int | None):
        max_tool_calls (int | None):
        metadata (RequestMetadata | None):
        model (str | None):
        object (OpenResponsesResultObject | None):
        output (list[OutputAdvisorServerToolItem | OutputApplyPatchCallItem | OutputApplyPatchServerToolItem |
            OutputBashServerToolItem | OutputBrowserUseServerToolItem | OutputCodeInterpreterCallItem |
            OutputCodeInterpreterServerToolItem | OutputComputerCallItem | OutputCustomToolCallItem | OutputDatetimeItem |
            OutputFileSearchCallItem | OutputFileSearchServerToolItem | OutputFilesServerToolItem | OutputFunctionCallItem |
            OutputFusionServerToolItem | OutputImageGenerationCallItem | OutputImageGenerationServerToolItem |
            OutputMcpServerToolItem | OutputMemoryServerToolItem | OutputMessageItem | OutputReasoningItem |
            OutputSearchModelsServerToolItem | OutputShellCallItem | OutputShellCallOutputItem | OutputShellServerToolItem |
            OutputSubagentServerToolItem | OutputTextEditorServerToolItem | OutputToolSearchServerToolItem |
            OutputWebFetchServerToolItem | OutputWebSearchCallItem | OutputWebSearchServerToolItem] | None):
        output_text (str | None):
        parallel_tool_calls (bool | None):
        presence_penalty (float | None):
        previous_response_id (str | None):
        prompt (StoredPromptTemplate | None):
        prompt_cache_key (str | None):
        prompt_cache_options (PromptCacheOptions | None):
        reasoning (BaseReasoningConfig | None):
        safety_identifier (str | None):
        service_tier (str | None):
        store (bool | None):
        temperature (float | None):
        text (TextExtendedConfig | None): Text output configuration including format and verbosity Example: {'format':
            {'type': 'text'}}.
        tool_choice (ApplyPatchServerTool | OpenAIResponsesToolChoiceEnum | OpenAIResponsesToolChoiceFunction |
            OpenAIResponsesToolChoiceType | ShellServerTool | ToolChoiceAllowed | None):  Example: auto.
        tools (list[ApplyPatchServerTool | CodeInterpreterServerTool | CodexLocalShellTool | ComputerUseServerTool |
            CustomTool | FileSearchServerTool | ImageGenerationServerTool | LegacyWebSearchServerTool | McpServerTool |
            NamespaceTool | OpenResponsesResultToolsItem | Preview20250311WebSearchServerTool | PreviewWebSearchServerTool |
            ShellServerTool | WebSearchServerTool] | None):
        top_logprobs (int | None):
        top_p (float | None):
        truncation (Truncation | None):
        usage (Usage | None):
        user (str | None):
        error_type (ApiErrorType | None): Canonical OpenRouter error type, stable across all API formats Example:
            rate_limit_exceeded.
        openrouter_metadata (OpenRouterMetadata | None):  Example: {'attempt': 1, 'endpoints': {'available': [{'model':
            'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}], 'total': 1}, 'is_byok': False, 'region': 'iad',
            'requested': 'openai/gpt-4o', 'strategy': 'direct', 'summary': 'available=1, selected=OpenAI'}.
    """

    id: str
    status: OpenAIResponsesResponseStatus
    background: bool | None = ABSENT
    completed_at: int | None = ABSENT
    created_at: int | None = ABSENT
    error: ResponsesErrorField | None = ABSENT
    frequency_penalty: float | None = ABSENT
    incomplete_details: IncompleteDetails | None = ABSENT
    instructions: (
        list[
            ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | BaseInputsItem
            | OpenAIResponseCustomToolCall
            | OpenAIResponseCustomToolCallOutput
            | OpenAIResponseFunctionToolCall
            | OpenAIResponseFunctionToolCallOutput
            | OpenAIResponseInputMessageItem
            | OutputItemImageGenerationCall
            | OutputMessage
        ]
        | str
        | None
    ) = ABSENT
    max_output_tokens: int | None = ABSENT
    max_tool_calls: int | None = ABSENT
    metadata: RequestMetadata | None = ABSENT
    model: str | None = ABSENT
    object: OpenResponsesResultObject | None = ABSENT
    output: (
        list[
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
        ]
        | None
    ) = ABSENT
    output_text: str | None = ABSENT
    parallel_tool_calls: bool | None = ABSENT
    presence_penalty: float | None = ABSENT
    previous_response_id: str | None = ABSENT
    prompt: StoredPromptTemplate | None = ABSENT
    prompt_cache_key: str | None = ABSENT
    prompt_cache_options: PromptCacheOptions | None = ABSENT
    reasoning: BaseReasoningConfig | None = ABSENT
    safety_identifier: str | None = ABSENT
    service_tier: str | None = ABSENT
    store: bool | None = ABSENT
    temperature: float | None = ABSENT
    text: TextExtendedConfig | None = ABSENT
    tool_choice: (
        ApplyPatchServerTool
        | OpenAIResponsesToolChoiceEnum
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceType
        | ShellServerTool
        | ToolChoiceAllowed
        | None
    ) = ABSENT
    tools: (
        list[
            ApplyPatchServerTool
            | CodeInterpreterServerTool
            | CodexLocalShellTool
            | ComputerUseServerTool
            | CustomTool
            | FileSearchServerTool
            | ImageGenerationServerTool
            | LegacyWebSearchServerTool
            | McpServerTool
            | NamespaceTool
            | OpenResponsesResultToolsItem
            | Preview20250311WebSearchServerTool
            | PreviewWebSearchServerTool
            | ShellServerTool
            | WebSearchServerTool
        ]
        | None
    ) = ABSENT
    top_logprobs: int | None = ABSENT
    top_p: float | None = ABSENT
    truncation: Truncation | None = ABSENT
    usage: Usage | None = ABSENT
    user: str | None = ABSENT
    error_type: ApiErrorType | None = ABSENT
    openrouter_metadata: OpenRouterMetadata | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("status", "status"),
        ("background", "background"),
        ("completed_at", "completed_at"),
        ("created_at", "created_at"),
        ("error", "error"),
        ("frequency_penalty", "frequency_penalty"),
        ("incomplete_details", "incomplete_details"),
        ("instructions", "instructions"),
        ("max_output_tokens", "max_output_tokens"),
        ("max_tool_calls", "max_tool_calls"),
        ("metadata", "metadata"),
        ("model", "model"),
        ("object", "object"),
        ("output", "output"),
        ("output_text", "output_text"),
        ("parallel_tool_calls", "parallel_tool_calls"),
        ("presence_penalty", "presence_penalty"),
        ("previous_response_id", "previous_response_id"),
        ("prompt", "prompt"),
        ("prompt_cache_key", "prompt_cache_key"),
        ("prompt_cache_options", "prompt_cache_options"),
        ("reasoning", "reasoning"),
        ("safety_identifier", "safety_identifier"),
        ("service_tier", "service_tier"),
        ("store", "store"),
        ("temperature", "temperature"),
        ("text", "text"),
        ("tool_choice", "tool_choice"),
        ("tools", "tools"),
        ("top_logprobs", "top_logprobs"),
        ("top_p", "top_p"),
        ("truncation", "truncation"),
        ("usage", "usage"),
        ("user", "user"),
        ("error_type", "error_type"),
        ("openrouter_metadata", "openrouter_metadata"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "status",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.api_error_type import ApiErrorType
        from ..models.apply_patch_call_item import ApplyPatchCallItem
        from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
        from ..models.apply_patch_server_tool import ApplyPatchServerTool
        from ..models.base_inputs_item import BaseInputsItem
        from ..models.base_reasoning_config import BaseReasoningConfig
        from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
        from ..models.codex_local_shell_tool import CodexLocalShellTool
        from ..models.computer_use_server_tool import ComputerUseServerTool
        from ..models.custom_tool import CustomTool
        from ..models.file_search_server_tool import FileSearchServerTool
        from ..models.image_generation_server_tool import ImageGenerationServerTool
        from ..models.incomplete_details import IncompleteDetails
        from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
        from ..models.mcp_server_tool import McpServerTool
        from ..models.namespace_tool import NamespaceTool
        from ..models.open_ai_response_custom_tool_call import (
            OpenAIResponseCustomToolCall,
        )
        from ..models.open_ai_response_custom_tool_call_output import (
            OpenAIResponseCustomToolCallOutput,
        )
        from ..models.open_ai_response_function_tool_call import (
            OpenAIResponseFunctionToolCall,
        )
        from ..models.open_ai_response_function_tool_call_output import (
            OpenAIResponseFunctionToolCallOutput,
        )
        from ..models.open_ai_response_input_message_item import (
            OpenAIResponseInputMessageItem,
        )
        from ..models.open_ai_responses_response_status import (
            OpenAIResponsesResponseStatus,
        )
        from ..models.open_ai_responses_tool_choice_enum import (
            OpenAIResponsesToolChoiceEnum,
        )
        from ..models.open_ai_responses_tool_choice_function import (
            OpenAIResponsesToolChoiceFunction,
        )
        from ..models.open_ai_responses_tool_choice_type import (
            OpenAIResponsesToolChoiceType,
        )
        from ..models.open_responses_result_object import OpenResponsesResultObject
        from ..models.open_responses_result_tools_item import (
            OpenResponsesResultToolsItem,
        )
        from ..models.open_router_metadata import OpenRouterMetadata
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
        from ..models.output_item_image_generation_call import (
            OutputItemImageGenerationCall,
        )
        from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
        from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
        from ..models.output_message import OutputMessage
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
        from ..models.preview_20250311_web_search_server_tool import (
            Preview20250311WebSearchServerTool,
        )
        from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
        from ..models.prompt_cache_options import PromptCacheOptions
        from ..models.request_metadata import RequestMetadata
        from ..models.responses_error_field import ResponsesErrorField
        from ..models.shell_server_tool import ShellServerTool
        from ..models.stored_prompt_template import StoredPromptTemplate
        from ..models.text_extended_config import TextExtendedConfig
        from ..models.tool_choice_allowed import ToolChoiceAllowed
        from ..models.truncation import Truncation
        from ..models.usage import Usage
        from ..models.web_search_server_tool import WebSearchServerTool

        def status_(raw__: Any) -> Any:
            status = OpenAIResponsesResponseStatus(raw__)

            return status

        def error_(raw__: Any) -> Any:
            def _parse_error(data: object) -> None | ResponsesErrorField:
                if data is None:
                    return data
                if ResponsesErrorField.accepts(data):
                    error_type_0 = ResponsesErrorField.from_dict(data)

                    return error_type_0
                if ResponsesErrorField.discriminated_by(data):
                    return ResponsesErrorField.from_dict(data)
                return cast(None | ResponsesErrorField, data)

            error = _parse_error(raw__)

            return error

        def incomplete_details_(raw__: Any) -> Any:
            def _parse_incomplete_details(data: object) -> IncompleteDetails | None:
                if data is None:
                    return data
                if IncompleteDetails.accepts(data):
                    incomplete_details_type_0 = IncompleteDetails.from_dict(data)

                    return incomplete_details_type_0
                if IncompleteDetails.discriminated_by(data):
                    return IncompleteDetails.from_dict(data)
                return cast(IncompleteDetails | None, data)

            incomplete_details = _parse_incomplete_details(raw__)

            return incomplete_details

        def instructions_(raw__: Any) -> Any:
            def _parse_instructions(
                data: object,
            ) -> (
                list[
                    ApplyPatchCallItem
                    | ApplyPatchCallOutputItem
                    | BaseInputsItem
                    | OpenAIResponseCustomToolCall
                    | OpenAIResponseCustomToolCallOutput
                    | OpenAIResponseFunctionToolCall
                    | OpenAIResponseFunctionToolCallOutput
                    | OpenAIResponseInputMessageItem
                    | OutputItemImageGenerationCall
                    | OutputMessage
                ]
                | None
                | str
            ):
                if data is None:
                    return data
                if isinstance(data, list):
                    componentsschemas_base_inputs_type_1 = []
                    _componentsschemas_base_inputs_type_1 = data
                    for (
                        componentsschemas_base_inputs_type_1_item_data
                    ) in _componentsschemas_base_inputs_type_1:

                        def _parse_componentsschemas_base_inputs_type_1_item(
                            data: object,
                        ) -> (
                            ApplyPatchCallItem
                            | ApplyPatchCallOutputItem
                            | BaseInputsItem
                            | OpenAIResponseCustomToolCall
                            | OpenAIResponseCustomToolCallOutput
                            | OpenAIResponseFunctionToolCall
                            | OpenAIResponseFunctionToolCallOutput
                            | OpenAIResponseInputMessageItem
                            | OutputItemImageGenerationCall
                            | OutputMessage
                        ):
                            if BaseInputsItem.accepts(data):
                                componentsschemas_base_inputs_type_1_item_type_0 = (
                                    BaseInputsItem.from_dict(data)
                                )

                                return componentsschemas_base_inputs_type_1_item_type_0
                            if OpenAIResponseInputMessageItem.accepts(data):
                                componentsschemas_base_inputs_type_1_item_type_1 = (
                                    OpenAIResponseInputMessageItem.from_dict(data)
                                )

                                return componentsschemas_base_inputs_type_1_item_type_1
                            if OpenAIResponseFunctionToolCallOutput.accepts(data):
                                componentsschemas_base_inputs_type_1_item_type_2 = (
                                    OpenAIResponseFunctionToolCallOutput.from_dict(data)
                                )

                                return componentsschemas_base_inputs_type_1_item_type_2
                            if OpenAIResponseFunctionToolCall.accepts(data):
                                componentsschemas_base_inputs_type_1_item_type_3 = (
                                    OpenAIResponseFunctionToolCall.from_dict(data)
                                )

                                return componentsschemas_base_inputs_type_1_item_type_3
                            if OutputItemImageGenerationCall.accepts(data):
                                componentsschemas_base_inputs_type_1_item_type_4 = (
                                    OutputItemImageGenerationCall.from_dict(data)
                                )

                                return componentsschemas_base_inputs_type_1_item_type_4
                            if OutputMessage.accepts(data):
                                componentsschemas_base_inputs_type_1_item_type_5 = (
                                    OutputMessage.from_dict(data)
                                )

                                return componentsschemas_base_inputs_type_1_item_type_5
                            if OpenAIResponseCustomToolCall.accepts(data):
                                componentsschemas_base_inputs_type_1_item_type_6 = (
                                    OpenAIResponseCustomToolCall.from_dict(data)
                                )

                                return componentsschemas_base_inputs_type_1_item_type_6
                            if OpenAIResponseCustomToolCallOutput.accepts(data):
                                componentsschemas_base_inputs_type_1_item_type_7 = (
                                    OpenAIResponseCustomToolCallOutput.from_dict(data)
                                )

                                return componentsschemas_base_inputs_type_1_item_type_7
                            if ApplyPatchCallItem.accepts(data):
                                componentsschemas_base_inputs_type_1_item_type_8 = (
                                    ApplyPatchCallItem.from_dict(data)
                                )

                                return componentsschemas_base_inputs_type_1_item_type_8
                            if ApplyPatchCallOutputItem.accepts(data):
                                componentsschemas_base_inputs_type_1_item_type_9 = (
                                    ApplyPatchCallOutputItem.from_dict(data)
                                )

                                return componentsschemas_base_inputs_type_1_item_type_9
                            if BaseInputsItem.discriminated_by(data):
                                return BaseInputsItem.from_dict(data)
                            if OpenAIResponseInputMessageItem.discriminated_by(data):
                                return OpenAIResponseInputMessageItem.from_dict(data)
                            if OpenAIResponseFunctionToolCallOutput.discriminated_by(
                                data
                            ):
                                return OpenAIResponseFunctionToolCallOutput.from_dict(
                                    data
                                )
                            if OpenAIResponseFunctionToolCall.discriminated_by(data):
                                return OpenAIResponseFunctionToolCall.from_dict(data)
                            if OutputItemImageGenerationCall.discriminated_by(data):
                                return OutputItemImageGenerationCall.from_dict(data)
                            if OutputMessage.discriminated_by(data):
                                return OutputMessage.from_dict(data)
                            if OpenAIResponseCustomToolCall.discriminated_by(data):
                                return OpenAIResponseCustomToolCall.from_dict(data)
                            if OpenAIResponseCustomToolCallOutput.discriminated_by(
                                data
                            ):
                                return OpenAIResponseCustomToolCallOutput.from_dict(
                                    data
                                )
                            if ApplyPatchCallItem.discriminated_by(data):
                                return ApplyPatchCallItem.from_dict(data)
                            if ApplyPatchCallOutputItem.discriminated_by(data):
                                return ApplyPatchCallOutputItem.from_dict(data)
                            return cast(
                                ApplyPatchCallItem
                                | ApplyPatchCallOutputItem
                                | BaseInputsItem
                                | OpenAIResponseCustomToolCall
                                | OpenAIResponseCustomToolCallOutput
                                | OpenAIResponseFunctionToolCall
                                | OpenAIResponseFunctionToolCallOutput
                                | OpenAIResponseInputMessageItem
                                | OutputItemImageGenerationCall
                                | OutputMessage,
                                data,
                            )

                        componentsschemas_base_inputs_type_1_item = (
                            _parse_componentsschemas_base_inputs_type_1_item(
                                componentsschemas_base_inputs_type_1_item_data
                            )
                        )

                        componentsschemas_base_inputs_type_1.append(
                            componentsschemas_base_inputs_type_1_item
                        )

                    return componentsschemas_base_inputs_type_1
                return cast(
                    list[
                        ApplyPatchCallItem
                        | ApplyPatchCallOutputItem
                        | BaseInputsItem
                        | OpenAIResponseCustomToolCall
                        | OpenAIResponseCustomToolCallOutput
                        | OpenAIResponseFunctionToolCall
                        | OpenAIResponseFunctionToolCallOutput
                        | OpenAIResponseInputMessageItem
                        | OutputItemImageGenerationCall
                        | OutputMessage
                    ]
                    | None
                    | str,
                    data,
                )

            instructions = _parse_instructions(raw__)

            return instructions

        def metadata_(raw__: Any) -> Any:
            def _parse_metadata(data: object) -> None | RequestMetadata:
                if data is None:
                    return data
                if RequestMetadata.accepts(data):
                    metadata_type_0 = RequestMetadata.from_dict(data)

                    return metadata_type_0
                if RequestMetadata.discriminated_by(data):
                    return RequestMetadata.from_dict(data)
                return cast(None | RequestMetadata, data)

            metadata = _parse_metadata(raw__)

            return metadata

        def object_(raw__: Any) -> Any:
            object = OpenResponsesResultObject(raw__)

            return object

        def output_(raw__: Any) -> Any:
            output = []
            _output = raw__
            for output_item_data in _output:

                def _parse_output_item(
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
                        componentsschemas_output_items_type_0 = (
                            OutputMessageItem.from_dict(data)
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

                output_item = _parse_output_item(output_item_data)

                output.append(output_item)

            return output

        def prompt_(raw__: Any) -> Any:
            def _parse_prompt(data: object) -> None | StoredPromptTemplate:
                if data is None:
                    return data
                if StoredPromptTemplate.accepts(data):
                    prompt_type_0 = StoredPromptTemplate.from_dict(data)

                    return prompt_type_0
                if StoredPromptTemplate.discriminated_by(data):
                    return StoredPromptTemplate.from_dict(data)
                return cast(None | StoredPromptTemplate, data)

            prompt = _parse_prompt(raw__)

            return prompt

        def prompt_cache_options_(raw__: Any) -> Any:
            def _parse_prompt_cache_options(data: object) -> None | PromptCacheOptions:
                if data is None:
                    return data
                if PromptCacheOptions.accepts(data):
                    prompt_cache_options_type_0 = PromptCacheOptions.from_dict(data)

                    return prompt_cache_options_type_0
                if PromptCacheOptions.discriminated_by(data):
                    return PromptCacheOptions.from_dict(data)
                return cast(None | PromptCacheOptions, data)

            prompt_cache_options = _parse_prompt_cache_options(raw__)

            return prompt_cache_options

        def reasoning_(raw__: Any) -> Any:
            def _parse_reasoning(data: object) -> BaseReasoningConfig | None:
                if data is None:
                    return data
                if BaseReasoningConfig.accepts(data):
                    reasoning_type_0 = BaseReasoningConfig.from_dict(data)

                    return reasoning_type_0
                if BaseReasoningConfig.discriminated_by(data):
                    return BaseReasoningConfig.from_dict(data)
                return cast(BaseReasoningConfig | None, data)

            reasoning = _parse_reasoning(raw__)

            return reasoning

        def text_(raw__: Any) -> Any:
            text = TextExtendedConfig.from_dict(raw__)

            return text

        def tool_choice_(raw__: Any) -> Any:
            def _parse_tool_choice(
                data: object,
            ) -> (
                ApplyPatchServerTool
                | OpenAIResponsesToolChoiceEnum
                | OpenAIResponsesToolChoiceFunction
                | OpenAIResponsesToolChoiceType
                | ShellServerTool
                | ToolChoiceAllowed
            ):
                if OpenAIResponsesToolChoiceEnum.is_declared(data):
                    componentsschemas_open_ai_responses_tool_choice_type_0 = (
                        OpenAIResponsesToolChoiceEnum(data)
                    )

                    return componentsschemas_open_ai_responses_tool_choice_type_0
                if OpenAIResponsesToolChoiceFunction.accepts(data):
                    componentsschemas_open_ai_responses_tool_choice_type_1 = (
                        OpenAIResponsesToolChoiceFunction.from_dict(data)
                    )

                    return componentsschemas_open_ai_responses_tool_choice_type_1
                if OpenAIResponsesToolChoiceType.accepts(data):
                    componentsschemas_open_ai_responses_tool_choice_type_2 = (
                        OpenAIResponsesToolChoiceType.from_dict(data)
                    )

                    return componentsschemas_open_ai_responses_tool_choice_type_2
                if ToolChoiceAllowed.accepts(data):
                    componentsschemas_open_ai_responses_tool_choice_type_3 = (
                        ToolChoiceAllowed.from_dict(data)
                    )

                    return componentsschemas_open_ai_responses_tool_choice_type_3
                if ApplyPatchServerTool.accepts(data):
                    componentsschemas_open_ai_responses_tool_choice_type_4 = (
                        ApplyPatchServerTool.from_dict(data)
                    )

                    return componentsschemas_open_ai_responses_tool_choice_type_4
                if ShellServerTool.accepts(data):
                    componentsschemas_open_ai_responses_tool_choice_type_5 = (
                        ShellServerTool.from_dict(data)
                    )

                    return componentsschemas_open_ai_responses_tool_choice_type_5
                if OpenAIResponsesToolChoiceFunction.discriminated_by(data):
                    return OpenAIResponsesToolChoiceFunction.from_dict(data)
                if OpenAIResponsesToolChoiceType.discriminated_by(data):
                    return OpenAIResponsesToolChoiceType.from_dict(data)
                if ToolChoiceAllowed.discriminated_by(data):
                    return ToolChoiceAllowed.from_dict(data)
                if ApplyPatchServerTool.discriminated_by(data):
                    return ApplyPatchServerTool.from_dict(data)
                if ShellServerTool.discriminated_by(data):
                    return ShellServerTool.from_dict(data)
                if isinstance(data, str):
                    return OpenAIResponsesToolChoiceEnum(data)
                return cast(
                    ApplyPatchServerTool
                    | OpenAIResponsesToolChoiceEnum
                    | OpenAIResponsesToolChoiceFunction
                    | OpenAIResponsesToolChoiceType
                    | ShellServerTool
                    | ToolChoiceAllowed,
                    data,
                )

            tool_choice = _parse_tool_choice(raw__)

            return tool_choice

        def tools_(raw__: Any) -> Any:
            tools = []
            _tools = raw__
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    ApplyPatchServerTool
                    | CodeInterpreterServerTool
                    | CodexLocalShellTool
                    | ComputerUseServerTool
                    | CustomTool
                    | FileSearchServerTool
                    | ImageGenerationServerTool
                    | LegacyWebSearchServerTool
                    | McpServerTool
                    | NamespaceTool
                    | OpenResponsesResultToolsItem
                    | Preview20250311WebSearchServerTool
                    | PreviewWebSearchServerTool
                    | ShellServerTool
                    | WebSearchServerTool
                ):
                    if OpenResponsesResultToolsItem.accepts(data):
                        tools_item_type_0 = OpenResponsesResultToolsItem.from_dict(data)

                        return tools_item_type_0
                    if PreviewWebSearchServerTool.accepts(data):
                        tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

                        return tools_item_type_1
                    if Preview20250311WebSearchServerTool.accepts(data):
                        tools_item_type_2 = (
                            Preview20250311WebSearchServerTool.from_dict(data)
                        )

                        return tools_item_type_2
                    if LegacyWebSearchServerTool.accepts(data):
                        tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

                        return tools_item_type_3
                    if WebSearchServerTool.accepts(data):
                        tools_item_type_4 = WebSearchServerTool.from_dict(data)

                        return tools_item_type_4
                    if FileSearchServerTool.accepts(data):
                        tools_item_type_5 = FileSearchServerTool.from_dict(data)

                        return tools_item_type_5
                    if ComputerUseServerTool.accepts(data):
                        tools_item_type_6 = ComputerUseServerTool.from_dict(data)

                        return tools_item_type_6
                    if CodeInterpreterServerTool.accepts(data):
                        tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

                        return tools_item_type_7
                    if McpServerTool.accepts(data):
                        tools_item_type_8 = McpServerTool.from_dict(data)

                        return tools_item_type_8
                    if ImageGenerationServerTool.accepts(data):
                        tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

                        return tools_item_type_9
                    if CodexLocalShellTool.accepts(data):
                        tools_item_type_10 = CodexLocalShellTool.from_dict(data)

                        return tools_item_type_10
                    if ShellServerTool.accepts(data):
                        tools_item_type_11 = ShellServerTool.from_dict(data)

                        return tools_item_type_11
                    if ApplyPatchServerTool.accepts(data):
                        tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

                        return tools_item_type_12
                    if CustomTool.accepts(data):
                        tools_item_type_13 = CustomTool.from_dict(data)

                        return tools_item_type_13
                    if NamespaceTool.accepts(data):
                        tools_item_type_14 = NamespaceTool.from_dict(data)

                        return tools_item_type_14
                    if OpenResponsesResultToolsItem.discriminated_by(data):
                        return OpenResponsesResultToolsItem.from_dict(data)
                    if PreviewWebSearchServerTool.discriminated_by(data):
                        return PreviewWebSearchServerTool.from_dict(data)
                    if Preview20250311WebSearchServerTool.discriminated_by(data):
                        return Preview20250311WebSearchServerTool.from_dict(data)
                    if LegacyWebSearchServerTool.discriminated_by(data):
                        return LegacyWebSearchServerTool.from_dict(data)
                    if WebSearchServerTool.discriminated_by(data):
                        return WebSearchServerTool.from_dict(data)
                    if FileSearchServerTool.discriminated_by(data):
                        return FileSearchServerTool.from_dict(data)
                    if ComputerUseServerTool.discriminated_by(data):
                        return ComputerUseServerTool.from_dict(data)
                    if CodeInterpreterServerTool.discriminated_by(data):
                        return CodeInterpreterServerTool.from_dict(data)
                    if McpServerTool.discriminated_by(data):
                        return McpServerTool.from_dict(data)
                    if ImageGenerationServerTool.discriminated_by(data):
                        return ImageGenerationServerTool.from_dict(data)
                    if CodexLocalShellTool.discriminated_by(data):
                        return CodexLocalShellTool.from_dict(data)
                    if ShellServerTool.discriminated_by(data):
                        return ShellServerTool.from_dict(data)
                    if ApplyPatchServerTool.discriminated_by(data):
                        return ApplyPatchServerTool.from_dict(data)
                    if CustomTool.discriminated_by(data):
                        return CustomTool.from_dict(data)
                    if NamespaceTool.discriminated_by(data):
                        return NamespaceTool.from_dict(data)
                    return cast(
                        ApplyPatchServerTool
                        | CodeInterpreterServerTool
                        | CodexLocalShellTool
                        | ComputerUseServerTool
                        | CustomTool
                        | FileSearchServerTool
                        | ImageGenerationServerTool
                        | LegacyWebSearchServerTool
                        | McpServerTool
                        | NamespaceTool
                        | OpenResponsesResultToolsItem
                        | Preview20250311WebSearchServerTool
                        | PreviewWebSearchServerTool
                        | ShellServerTool
                        | WebSearchServerTool,
                        data,
                    )

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

            return tools

        def truncation_(raw__: Any) -> Any:
            def _parse_truncation(data: object) -> None | Truncation:
                if data is None:
                    return data
                if Truncation.is_declared(data):
                    truncation_type_0 = Truncation(data)

                    return truncation_type_0
                if isinstance(data, str):
                    return Truncation(data)
                return cast(None | Truncation, data)

            truncation = _parse_truncation(raw__)

            return truncation

        def usage_(raw__: Any) -> Any:
            def _parse_usage(data: object) -> None | Usage:
                if data is None:
                    return data
                if Usage.accepts(data):
                    usage_type_0 = Usage.from_dict(data)

                    return usage_type_0
                if Usage.discriminated_by(data):
                    return Usage.from_dict(data)
                return cast(None | Usage, data)

            usage = _parse_usage(raw__)

            return usage

        def error_type_(raw__: Any) -> Any:
            error_type = ApiErrorType(raw__)

            return error_type

        def openrouter_metadata_(raw__: Any) -> Any:
            openrouter_metadata = OpenRouterMetadata.from_dict(raw__)

            return openrouter_metadata

        return {
            "status": status_,
            "error": error_,
            "incomplete_details": incomplete_details_,
            "instructions": instructions_,
            "metadata": metadata_,
            "object": object_,
            "output": output_,
            "prompt": prompt_,
            "prompt_cache_options": prompt_cache_options_,
            "reasoning": reasoning_,
            "text": text_,
            "tool_choice": tool_choice_,
            "tools": tools_,
            "truncation": truncation_,
            "usage": usage_,
            "error_type": error_type_,
            "openrouter_metadata": openrouter_metadata_,
        }
