from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.additional_tools_item import AdditionalToolsItem
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.agent_message_item import AgentMessageItem
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import (
        ApplyPatchServerToolOpenRouter,
    )
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.chat_debug_options import ChatDebugOptions
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.compaction_item import CompactionItem
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.context_compaction_item import ContextCompactionItem
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.custom_tool import CustomTool
    from ..models.custom_tool_call_item import CustomToolCallItem
    from ..models.custom_tool_call_output_item import CustomToolCallOutputItem
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.deprecated_route import DeprecatedRoute
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.files_server_tool import FilesServerTool
    from ..models.function_call_item import FunctionCallItem
    from ..models.function_call_output_item import FunctionCallOutputItem
    from ..models.fusion_plugin import FusionPlugin
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.image_config import ImageConfig
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.input_message_item import InputMessageItem
    from ..models.inputs_item_assistant import InputsItemAssistant
    from ..models.inputs_item_reasoning import InputsItemReasoning
    from ..models.item_reference_item import ItemReferenceItem
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.local_shell_call_item import LocalShellCallItem
    from ..models.local_shell_call_output_item import LocalShellCallOutputItem
    from ..models.mcp_approval_request_item import McpApprovalRequestItem
    from ..models.mcp_approval_response_item import McpApprovalResponseItem
    from ..models.mcp_call_item import McpCallItem
    from ..models.mcp_list_tools_item import McpListToolsItem
    from ..models.mcp_server_tool import McpServerTool
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.namespace_tool import NamespaceTool
    from ..models.open_ai_responses_tool_choice_enum import (
        OpenAIResponsesToolChoiceEnum,
    )
    from ..models.open_ai_responses_tool_choice_function import (
        OpenAIResponsesToolChoiceFunction,
    )
    from ..models.open_ai_responses_tool_choice_type import (
        OpenAIResponsesToolChoiceType,
    )
    from ..models.open_ai_responses_truncation import OpenAIResponsesTruncation
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
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
    from ..models.output_modality_enum import OutputModalityEnum
    from ..models.output_search_models_server_tool_item import (
        OutputSearchModelsServerToolItem,
    )
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
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.reasoning_config import ReasoningConfig
    from ..models.reasoning_item import ReasoningItem
    from ..models.request_metadata import RequestMetadata
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.response_includes_enum import ResponseIncludesEnum
    from ..models.responses_request_service_tier import ResponsesRequestServiceTier
    from ..models.responses_request_tools_item import ResponsesRequestToolsItem
    from ..models.search_models_server_tool_open_router import (
        SearchModelsServerToolOpenRouter,
    )
    from ..models.shell_call_item import ShellCallItem
    from ..models.shell_call_output_item import ShellCallOutputItem
    from ..models.shell_server_tool import ShellServerTool
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.stop_server_tools_when_finish_reason_is import (
        StopServerToolsWhenFinishReasonIs,
    )
    from ..models.stop_server_tools_when_has_tool_call import (
        StopServerToolsWhenHasToolCall,
    )
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ..models.stop_server_tools_when_max_tokens_used import (
        StopServerToolsWhenMaxTokensUsed,
    )
    from ..models.stop_server_tools_when_step_count_is import (
        StopServerToolsWhenStepCountIs,
    )
    from ..models.stored_prompt_template import StoredPromptTemplate
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.text_extended_config import TextExtendedConfig
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin
    from ..models.web_search_server_tool import WebSearchServerTool
    from ..models.web_search_server_tool_open_router import (
        WebSearchServerToolOpenRouter,
    )


@_attrs_define(slots=False, repr=False)
class ResponsesRequest(LazyModel):
    """Request schema for Responses endpoint

    Example:
        {'input': [{'content': 'Hello, how are you?', 'role': 'user', 'type': 'message'}], 'model':
            'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7, 'tools': [{'description': 'Get the current weather
            in a given location', 'name': 'get_current_weather', 'parameters': {'properties': {'location': {'type':
            'string'}}, 'type': 'object'}, 'type': 'function'}], 'top_p': 0.9}

    Attributes:
        background (bool | None):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        debug (ChatDebugOptions | None): Debug options for inspecting request transformations (streaming only) Example:
            {'echo_upstream_body': True}.
        frequency_penalty (float | None):
        image_config (ImageConfig | None): Provider-specific image configuration options. Keys and values vary by
            model/provider. See https://openrouter.ai/docs/guides/overview/multimodal/image-generation for more details.
            Example: {'aspect_ratio': '16:9', 'quality': 'high'}.
        include (list[ResponseIncludesEnum] | None):
        input (list[AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem |
            CompactionItem | ContextCompactionItem | CustomToolCallItem | CustomToolCallOutputItem | EasyInputMessage |
            FunctionCallItem | FunctionCallOutputItem | InputMessageItem | InputsItemAssistant | InputsItemReasoning |
            ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem |
            McpApprovalResponseItem | McpCallItem | McpListToolsItem | OutputAdvisorServerToolItem |
            OutputApplyPatchServerToolItem | OutputBashServerToolItem | OutputBrowserUseServerToolItem |
            OutputCodeInterpreterCallItem | OutputCodeInterpreterServerToolItem | OutputComputerCallItem |
            OutputCustomToolCallItem | OutputDatetimeItem | OutputFileSearchCallItem | OutputFileSearchServerToolItem |
            OutputFilesServerToolItem | OutputFunctionCallItem | OutputFusionServerToolItem | OutputImageGenerationCallItem
            | OutputImageGenerationServerToolItem | OutputMcpServerToolItem | OutputMemoryServerToolItem |
            OutputSearchModelsServerToolItem | OutputShellServerToolItem | OutputSubagentServerToolItem |
            OutputTextEditorServerToolItem | OutputToolSearchServerToolItem | OutputWebFetchServerToolItem |
            OutputWebSearchCallItem | OutputWebSearchServerToolItem | ReasoningItem | ShellCallItem | ShellCallOutputItem] |
            str | None): Input for a response request - can be a string or array of items Example: [{'content': 'What is the
            weather today?', 'role': 'user'}].
        instructions (str | None):
        max_output_tokens (int | None):
        max_tool_calls (int | None): Maximum number of server-tool (e.g. `openrouter:web_search`) agent steps the model
            may take during a request. Defaults to 30, which is also the maximum. Ignored when `stop_server_tools_when` is
            set. Example: 30.
        metadata (RequestMetadata | None):
        modalities (list[OutputModalityEnum] | None): Output modalities for the response. Supported values are "text"
            and "image". Example: ['text', 'image'].
        model (str | None):
        models (list[str] | None):
        parallel_tool_calls (bool | None):
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | None): Plugins you want to enable for this request, including their settings.
        presence_penalty (float | None):
        previous_response_id (Any | None): Not supported. The Responses API is stateless: no responses are stored, so a
            previous response cannot be referenced. Requests with a non-null value are rejected with a 400 error. Send the
            full conversation history in `input` instead.
        prompt (StoredPromptTemplate | None):
        prompt_cache_key (str | None):
        prompt_cache_options (PromptCacheOptions | None):
        provider (ProviderPreferences | None):
        reasoning (ReasoningConfig | None):
        route (DeprecatedRoute | None):
        safety_identifier (str | None): Recommended per-end-user identifier for abuse isolation. Use a stable ID, hash,
            or pseudonym. When a provider requires a user identity, OpenRouter folds it into the hashed identity sent
            upstream and never forwards it raw. If omitted, requests use an account-level identity, so provider policy
            blocks can affect the whole account. Example: user-123.
        service_tier (ResponsesRequestServiceTier | None): The service tier to use for processing this request. `fast`
            is accepted as an alias for `priority`.
        session_id (str | None): A unique identifier for grouping related requests (e.g., a conversation or agent
            workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to
            the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the
            request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | None): Stop
            conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this
            overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending
            tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-
            language answer instead of an unfinished tool call. Example: [{'step_count': 5, 'type': 'step_count_is'},
            {'max_cost_in_dollars': 0.5, 'type': 'max_cost'}].
        store (bool | None):  Default: False.
        stream (bool | None):  Default: False.
        temperature (float | None):
        text (TextExtendedConfig | None): Text output configuration including format and verbosity Example: {'format':
            {'type': 'text'}}.
        tool_choice (ApplyPatchServerTool | OpenAIResponsesToolChoiceEnum | OpenAIResponsesToolChoiceFunction |
            OpenAIResponsesToolChoiceType | ShellServerTool | ToolChoiceAllowed | None):  Example: auto.
        tools (list[AdvisorServerToolOpenRouter | ApplyPatchServerTool | ApplyPatchServerToolOpenRouter | BashServerTool
            | CodeInterpreterServerTool | CodexLocalShellTool | ComputerUseServerTool | CustomTool | DatetimeServerTool |
            FileSearchServerTool | FilesServerTool | FusionServerToolOpenRouter | ImageGenerationServerTool |
            ImageGenerationServerToolOpenRouter | LegacyWebSearchServerTool | McpServerTool | NamespaceTool |
            Preview20250311WebSearchServerTool | PreviewWebSearchServerTool | ResponsesRequestToolsItem |
            SearchModelsServerToolOpenRouter | ShellServerTool | ShellServerToolOpenRouter | SubagentServerToolOpenRouter |
            ToolSearchServerTool | WebFetchServerTool | WebSearchServerTool | WebSearchServerToolOpenRouter] | None):
        top_k (int | None):
        top_logprobs (int | None):
        top_p (float | None):
        trace (TraceConfig | None): Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name,
            generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to
            configured broadcast destinations. Example: {'trace_id': 'trace-abc123', 'trace_name': 'my-app-trace'}.
        truncation (OpenAIResponsesTruncation | None):
        user (str | None): A unique identifier representing your end-user, which helps distinguish between different
            users of your app. This allows your app to identify specific users in case of abuse reports, preventing your
            entire app from being affected by the actions of individual users. Maximum of 256 characters.
    """

    background: bool | None = ABSENT
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    debug: ChatDebugOptions | None = ABSENT
    frequency_penalty: float | None = ABSENT
    image_config: ImageConfig | None = ABSENT
    include: list[ResponseIncludesEnum] | None = ABSENT
    input: (
        list[
            AdditionalToolsItem
            | AgentMessageItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | EasyInputMessage
            | FunctionCallItem
            | FunctionCallOutputItem
            | InputMessageItem
            | InputsItemAssistant
            | InputsItemReasoning
            | ItemReferenceItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | McpListToolsItem
            | OutputAdvisorServerToolItem
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
            | OutputSearchModelsServerToolItem
            | OutputShellServerToolItem
            | OutputSubagentServerToolItem
            | OutputTextEditorServerToolItem
            | OutputToolSearchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputWebSearchCallItem
            | OutputWebSearchServerToolItem
            | ReasoningItem
            | ShellCallItem
            | ShellCallOutputItem
        ]
        | str
        | None
    ) = ABSENT
    instructions: str | None = ABSENT
    max_output_tokens: int | None = ABSENT
    max_tool_calls: int | None = ABSENT
    metadata: RequestMetadata | None = ABSENT
    modalities: list[OutputModalityEnum] | None = ABSENT
    model: str | None = ABSENT
    models: list[str] | None = ABSENT
    parallel_tool_calls: bool | None = ABSENT
    plugins: (
        list[
            AutoBetaRouterPlugin
            | AutoRouterPlugin
            | ContextCompressionPlugin
            | FileParserPlugin
            | FusionPlugin
            | ModerationPlugin
            | ParetoRouterPlugin
            | ResponseHealingPlugin
            | WebFetchPlugin
            | WebSearchPlugin
        ]
        | None
    ) = ABSENT
    presence_penalty: float | None = ABSENT
    previous_response_id: Any | None = ABSENT
    prompt: StoredPromptTemplate | None = ABSENT
    prompt_cache_key: str | None = ABSENT
    prompt_cache_options: PromptCacheOptions | None = ABSENT
    provider: ProviderPreferences | None = ABSENT
    reasoning: ReasoningConfig | None = ABSENT
    route: DeprecatedRoute | None = ABSENT
    safety_identifier: str | None = ABSENT
    service_tier: ResponsesRequestServiceTier | None = ABSENT
    session_id: str | None = ABSENT
    stop_server_tools_when: (
        list[
            StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenStepCountIs
        ]
        | None
    ) = ABSENT
    store: bool | None = False
    stream: bool | None = False
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
            AdvisorServerToolOpenRouter
            | ApplyPatchServerTool
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | CodeInterpreterServerTool
            | CodexLocalShellTool
            | ComputerUseServerTool
            | CustomTool
            | DatetimeServerTool
            | FileSearchServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerTool
            | ImageGenerationServerToolOpenRouter
            | LegacyWebSearchServerTool
            | McpServerTool
            | NamespaceTool
            | Preview20250311WebSearchServerTool
            | PreviewWebSearchServerTool
            | ResponsesRequestToolsItem
            | SearchModelsServerToolOpenRouter
            | ShellServerTool
            | ShellServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | ToolSearchServerTool
            | WebFetchServerTool
            | WebSearchServerTool
            | WebSearchServerToolOpenRouter
        ]
        | None
    ) = ABSENT
    top_k: int | None = ABSENT
    top_logprobs: int | None = ABSENT
    top_p: float | None = ABSENT
    trace: TraceConfig | None = ABSENT
    truncation: OpenAIResponsesTruncation | None = ABSENT
    user: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("background", "background"),
        ("cache_control", "cache_control"),
        ("debug", "debug"),
        ("frequency_penalty", "frequency_penalty"),
        ("image_config", "image_config"),
        ("include", "include"),
        ("input", "input"),
        ("instructions", "instructions"),
        ("max_output_tokens", "max_output_tokens"),
        ("max_tool_calls", "max_tool_calls"),
        ("metadata", "metadata"),
        ("modalities", "modalities"),
        ("model", "model"),
        ("models", "models"),
        ("parallel_tool_calls", "parallel_tool_calls"),
        ("plugins", "plugins"),
        ("presence_penalty", "presence_penalty"),
        ("previous_response_id", "previous_response_id"),
        ("prompt", "prompt"),
        ("prompt_cache_key", "prompt_cache_key"),
        ("prompt_cache_options", "prompt_cache_options"),
        ("provider", "provider"),
        ("reasoning", "reasoning"),
        ("route", "route"),
        ("safety_identifier", "safety_identifier"),
        ("service_tier", "service_tier"),
        ("session_id", "session_id"),
        ("stop_server_tools_when", "stop_server_tools_when"),
        ("store", "store"),
        ("stream", "stream"),
        ("temperature", "temperature"),
        ("text", "text"),
        ("tool_choice", "tool_choice"),
        ("tools", "tools"),
        ("top_k", "top_k"),
        ("top_logprobs", "top_logprobs"),
        ("top_p", "top_p"),
        ("trace", "trace"),
        ("truncation", "truncation"),
        ("user", "user"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.additional_tools_item import AdditionalToolsItem
        from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
        from ..models.agent_message_item import AgentMessageItem
        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.apply_patch_call_item import ApplyPatchCallItem
        from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
        from ..models.apply_patch_server_tool import ApplyPatchServerTool
        from ..models.apply_patch_server_tool_open_router import (
            ApplyPatchServerToolOpenRouter,
        )
        from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
        from ..models.auto_router_plugin import AutoRouterPlugin
        from ..models.bash_server_tool import BashServerTool
        from ..models.chat_debug_options import ChatDebugOptions
        from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
        from ..models.codex_local_shell_tool import CodexLocalShellTool
        from ..models.compaction_item import CompactionItem
        from ..models.computer_use_server_tool import ComputerUseServerTool
        from ..models.context_compaction_item import ContextCompactionItem
        from ..models.context_compression_plugin import ContextCompressionPlugin
        from ..models.custom_tool import CustomTool
        from ..models.custom_tool_call_item import CustomToolCallItem
        from ..models.custom_tool_call_output_item import CustomToolCallOutputItem
        from ..models.datetime_server_tool import DatetimeServerTool
        from ..models.deprecated_route import DeprecatedRoute
        from ..models.easy_input_message import EasyInputMessage
        from ..models.file_parser_plugin import FileParserPlugin
        from ..models.file_search_server_tool import FileSearchServerTool
        from ..models.files_server_tool import FilesServerTool
        from ..models.function_call_item import FunctionCallItem
        from ..models.function_call_output_item import FunctionCallOutputItem
        from ..models.fusion_plugin import FusionPlugin
        from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
        from ..models.image_config import ImageConfig
        from ..models.image_generation_server_tool import ImageGenerationServerTool
        from ..models.image_generation_server_tool_open_router import (
            ImageGenerationServerToolOpenRouter,
        )
        from ..models.input_message_item import InputMessageItem
        from ..models.inputs_item_assistant import InputsItemAssistant
        from ..models.inputs_item_reasoning import InputsItemReasoning
        from ..models.item_reference_item import ItemReferenceItem
        from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
        from ..models.local_shell_call_item import LocalShellCallItem
        from ..models.local_shell_call_output_item import LocalShellCallOutputItem
        from ..models.mcp_approval_request_item import McpApprovalRequestItem
        from ..models.mcp_approval_response_item import McpApprovalResponseItem
        from ..models.mcp_call_item import McpCallItem
        from ..models.mcp_list_tools_item import McpListToolsItem
        from ..models.mcp_server_tool import McpServerTool
        from ..models.moderation_plugin import ModerationPlugin
        from ..models.namespace_tool import NamespaceTool
        from ..models.open_ai_responses_tool_choice_enum import (
            OpenAIResponsesToolChoiceEnum,
        )
        from ..models.open_ai_responses_tool_choice_function import (
            OpenAIResponsesToolChoiceFunction,
        )
        from ..models.open_ai_responses_tool_choice_type import (
            OpenAIResponsesToolChoiceType,
        )
        from ..models.open_ai_responses_truncation import OpenAIResponsesTruncation
        from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
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
        from ..models.output_modality_enum import OutputModalityEnum
        from ..models.output_search_models_server_tool_item import (
            OutputSearchModelsServerToolItem,
        )
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
        from ..models.pareto_router_plugin import ParetoRouterPlugin
        from ..models.preview_20250311_web_search_server_tool import (
            Preview20250311WebSearchServerTool,
        )
        from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
        from ..models.prompt_cache_options import PromptCacheOptions
        from ..models.provider_preferences import ProviderPreferences
        from ..models.reasoning_config import ReasoningConfig
        from ..models.reasoning_item import ReasoningItem
        from ..models.request_metadata import RequestMetadata
        from ..models.response_healing_plugin import ResponseHealingPlugin
        from ..models.response_includes_enum import ResponseIncludesEnum
        from ..models.responses_request_service_tier import ResponsesRequestServiceTier
        from ..models.responses_request_tools_item import ResponsesRequestToolsItem
        from ..models.search_models_server_tool_open_router import (
            SearchModelsServerToolOpenRouter,
        )
        from ..models.shell_call_item import ShellCallItem
        from ..models.shell_call_output_item import ShellCallOutputItem
        from ..models.shell_server_tool import ShellServerTool
        from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
        from ..models.stop_server_tools_when_finish_reason_is import (
            StopServerToolsWhenFinishReasonIs,
        )
        from ..models.stop_server_tools_when_has_tool_call import (
            StopServerToolsWhenHasToolCall,
        )
        from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
        from ..models.stop_server_tools_when_max_tokens_used import (
            StopServerToolsWhenMaxTokensUsed,
        )
        from ..models.stop_server_tools_when_step_count_is import (
            StopServerToolsWhenStepCountIs,
        )
        from ..models.stored_prompt_template import StoredPromptTemplate
        from ..models.subagent_server_tool_open_router import (
            SubagentServerToolOpenRouter,
        )
        from ..models.text_extended_config import TextExtendedConfig
        from ..models.tool_choice_allowed import ToolChoiceAllowed
        from ..models.tool_search_server_tool import ToolSearchServerTool
        from ..models.trace_config import TraceConfig
        from ..models.web_fetch_plugin import WebFetchPlugin
        from ..models.web_fetch_server_tool import WebFetchServerTool
        from ..models.web_search_plugin import WebSearchPlugin
        from ..models.web_search_server_tool import WebSearchServerTool
        from ..models.web_search_server_tool_open_router import (
            WebSearchServerToolOpenRouter,
        )

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def debug_(raw__: Any) -> Any:
            debug = ChatDebugOptions.from_dict(raw__)

            return debug

        def image_config_(raw__: Any) -> Any:
            image_config = ImageConfig.from_dict(raw__)

            return image_config

        def include_(raw__: Any) -> Any:
            def _parse_include(data: object) -> list[ResponseIncludesEnum] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    include_type_0 = []
                    _include_type_0 = data
                    for include_type_0_item_data in _include_type_0:
                        include_type_0_item = ResponseIncludesEnum(
                            include_type_0_item_data
                        )

                        include_type_0.append(include_type_0_item)

                    return include_type_0
                return cast(list[ResponseIncludesEnum] | None, data)

            include = _parse_include(raw__)

            return include

        def input_(raw__: Any) -> Any:
            def _parse_input(
                data: object,
            ) -> (
                list[
                    AdditionalToolsItem
                    | AgentMessageItem
                    | ApplyPatchCallItem
                    | ApplyPatchCallOutputItem
                    | CompactionItem
                    | ContextCompactionItem
                    | CustomToolCallItem
                    | CustomToolCallOutputItem
                    | EasyInputMessage
                    | FunctionCallItem
                    | FunctionCallOutputItem
                    | InputMessageItem
                    | InputsItemAssistant
                    | InputsItemReasoning
                    | ItemReferenceItem
                    | LocalShellCallItem
                    | LocalShellCallOutputItem
                    | McpApprovalRequestItem
                    | McpApprovalResponseItem
                    | McpCallItem
                    | McpListToolsItem
                    | OutputAdvisorServerToolItem
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
                    | OutputSearchModelsServerToolItem
                    | OutputShellServerToolItem
                    | OutputSubagentServerToolItem
                    | OutputTextEditorServerToolItem
                    | OutputToolSearchServerToolItem
                    | OutputWebFetchServerToolItem
                    | OutputWebSearchCallItem
                    | OutputWebSearchServerToolItem
                    | ReasoningItem
                    | ShellCallItem
                    | ShellCallOutputItem
                ]
                | str
            ):
                if isinstance(data, list):
                    componentsschemas_inputs_type_1 = []
                    _componentsschemas_inputs_type_1 = data
                    for (
                        componentsschemas_inputs_type_1_item_data
                    ) in _componentsschemas_inputs_type_1:

                        def _parse_componentsschemas_inputs_type_1_item(
                            data: object,
                        ) -> (
                            AdditionalToolsItem
                            | AgentMessageItem
                            | ApplyPatchCallItem
                            | ApplyPatchCallOutputItem
                            | CompactionItem
                            | ContextCompactionItem
                            | CustomToolCallItem
                            | CustomToolCallOutputItem
                            | EasyInputMessage
                            | FunctionCallItem
                            | FunctionCallOutputItem
                            | InputMessageItem
                            | InputsItemAssistant
                            | InputsItemReasoning
                            | ItemReferenceItem
                            | LocalShellCallItem
                            | LocalShellCallOutputItem
                            | McpApprovalRequestItem
                            | McpApprovalResponseItem
                            | McpCallItem
                            | McpListToolsItem
                            | OutputAdvisorServerToolItem
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
                            | OutputSearchModelsServerToolItem
                            | OutputShellServerToolItem
                            | OutputSubagentServerToolItem
                            | OutputTextEditorServerToolItem
                            | OutputToolSearchServerToolItem
                            | OutputWebFetchServerToolItem
                            | OutputWebSearchCallItem
                            | OutputWebSearchServerToolItem
                            | ReasoningItem
                            | ShellCallItem
                            | ShellCallOutputItem
                        ):
                            if ReasoningItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_0 = (
                                    ReasoningItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_0
                            if EasyInputMessage.accepts(data):
                                componentsschemas_inputs_type_1_item_type_1 = (
                                    EasyInputMessage.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_1
                            if InputMessageItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_2 = (
                                    InputMessageItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_2
                            if FunctionCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_3 = (
                                    FunctionCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_3
                            if FunctionCallOutputItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_4 = (
                                    FunctionCallOutputItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_4
                            if ApplyPatchCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_5 = (
                                    ApplyPatchCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_5
                            if ApplyPatchCallOutputItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_6 = (
                                    ApplyPatchCallOutputItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_6
                            if InputsItemAssistant.accepts(data):
                                componentsschemas_inputs_type_1_item_type_7 = (
                                    InputsItemAssistant.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_7
                            if InputsItemReasoning.accepts(data):
                                componentsschemas_inputs_type_1_item_type_8 = (
                                    InputsItemReasoning.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_8
                            if OutputFunctionCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_9 = (
                                    OutputFunctionCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_9
                            if OutputCustomToolCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_10 = (
                                    OutputCustomToolCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_10
                            if OutputWebSearchCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_11 = (
                                    OutputWebSearchCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_11
                            if OutputFileSearchCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_12 = (
                                    OutputFileSearchCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_12
                            if OutputImageGenerationCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_13 = (
                                    OutputImageGenerationCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_13
                            if OutputCodeInterpreterCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_14 = (
                                    OutputCodeInterpreterCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_14
                            if OutputComputerCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_15 = (
                                    OutputComputerCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_15
                            if OutputDatetimeItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_16 = (
                                    OutputDatetimeItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_16
                            if OutputWebSearchServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_17 = (
                                    OutputWebSearchServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_17
                            if OutputCodeInterpreterServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_18 = (
                                    OutputCodeInterpreterServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_18
                            if OutputFileSearchServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_19 = (
                                    OutputFileSearchServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_19
                            if OutputImageGenerationServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_20 = (
                                    OutputImageGenerationServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_20
                            if OutputBrowserUseServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_21 = (
                                    OutputBrowserUseServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_21
                            if OutputBashServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_22 = (
                                    OutputBashServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_22
                            if OutputTextEditorServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_23 = (
                                    OutputTextEditorServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_23
                            if OutputApplyPatchServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_24 = (
                                    OutputApplyPatchServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_24
                            if OutputWebFetchServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_25 = (
                                    OutputWebFetchServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_25
                            if OutputToolSearchServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_26 = (
                                    OutputToolSearchServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_26
                            if OutputMemoryServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_27 = (
                                    OutputMemoryServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_27
                            if OutputMcpServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_28 = (
                                    OutputMcpServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_28
                            if OutputSearchModelsServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_29 = (
                                    OutputSearchModelsServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_29
                            if OutputFusionServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_30 = (
                                    OutputFusionServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_30
                            if OutputAdvisorServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_31 = (
                                    OutputAdvisorServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_31
                            if OutputSubagentServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_32 = (
                                    OutputSubagentServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_32
                            if OutputFilesServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_33 = (
                                    OutputFilesServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_33
                            if OutputShellServerToolItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_34 = (
                                    OutputShellServerToolItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_34
                            if LocalShellCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_35 = (
                                    LocalShellCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_35
                            if LocalShellCallOutputItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_36 = (
                                    LocalShellCallOutputItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_36
                            if ShellCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_37 = (
                                    ShellCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_37
                            if ShellCallOutputItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_38 = (
                                    ShellCallOutputItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_38
                            if McpListToolsItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_39 = (
                                    McpListToolsItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_39
                            if McpApprovalRequestItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_40 = (
                                    McpApprovalRequestItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_40
                            if McpApprovalResponseItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_41 = (
                                    McpApprovalResponseItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_41
                            if McpCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_42 = (
                                    McpCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_42
                            if CustomToolCallItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_43 = (
                                    CustomToolCallItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_43
                            if CustomToolCallOutputItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_44 = (
                                    CustomToolCallOutputItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_44
                            if CompactionItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_45 = (
                                    CompactionItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_45
                            if ContextCompactionItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_46 = (
                                    ContextCompactionItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_46
                            if ItemReferenceItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_47 = (
                                    ItemReferenceItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_47
                            if AdditionalToolsItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_48 = (
                                    AdditionalToolsItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_48
                            if AgentMessageItem.accepts(data):
                                componentsschemas_inputs_type_1_item_type_49 = (
                                    AgentMessageItem.from_dict(data)
                                )

                                return componentsschemas_inputs_type_1_item_type_49
                            if ReasoningItem.discriminated_by(data):
                                return ReasoningItem.from_dict(data)
                            if EasyInputMessage.discriminated_by(data):
                                return EasyInputMessage.from_dict(data)
                            if InputMessageItem.discriminated_by(data):
                                return InputMessageItem.from_dict(data)
                            if FunctionCallItem.discriminated_by(data):
                                return FunctionCallItem.from_dict(data)
                            if FunctionCallOutputItem.discriminated_by(data):
                                return FunctionCallOutputItem.from_dict(data)
                            if ApplyPatchCallItem.discriminated_by(data):
                                return ApplyPatchCallItem.from_dict(data)
                            if ApplyPatchCallOutputItem.discriminated_by(data):
                                return ApplyPatchCallOutputItem.from_dict(data)
                            if InputsItemAssistant.discriminated_by(data):
                                return InputsItemAssistant.from_dict(data)
                            if InputsItemReasoning.discriminated_by(data):
                                return InputsItemReasoning.from_dict(data)
                            if OutputFunctionCallItem.discriminated_by(data):
                                return OutputFunctionCallItem.from_dict(data)
                            if OutputCustomToolCallItem.discriminated_by(data):
                                return OutputCustomToolCallItem.from_dict(data)
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
                            if OutputCodeInterpreterServerToolItem.discriminated_by(
                                data
                            ):
                                return OutputCodeInterpreterServerToolItem.from_dict(
                                    data
                                )
                            if OutputFileSearchServerToolItem.discriminated_by(data):
                                return OutputFileSearchServerToolItem.from_dict(data)
                            if OutputImageGenerationServerToolItem.discriminated_by(
                                data
                            ):
                                return OutputImageGenerationServerToolItem.from_dict(
                                    data
                                )
                            if OutputBrowserUseServerToolItem.discriminated_by(data):
                                return OutputBrowserUseServerToolItem.from_dict(data)
                            if OutputBashServerToolItem.discriminated_by(data):
                                return OutputBashServerToolItem.from_dict(data)
                            if OutputTextEditorServerToolItem.discriminated_by(data):
                                return OutputTextEditorServerToolItem.from_dict(data)
                            if OutputApplyPatchServerToolItem.discriminated_by(data):
                                return OutputApplyPatchServerToolItem.from_dict(data)
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
                            if OutputShellServerToolItem.discriminated_by(data):
                                return OutputShellServerToolItem.from_dict(data)
                            if LocalShellCallItem.discriminated_by(data):
                                return LocalShellCallItem.from_dict(data)
                            if LocalShellCallOutputItem.discriminated_by(data):
                                return LocalShellCallOutputItem.from_dict(data)
                            if ShellCallItem.discriminated_by(data):
                                return ShellCallItem.from_dict(data)
                            if ShellCallOutputItem.discriminated_by(data):
                                return ShellCallOutputItem.from_dict(data)
                            if McpListToolsItem.discriminated_by(data):
                                return McpListToolsItem.from_dict(data)
                            if McpApprovalRequestItem.discriminated_by(data):
                                return McpApprovalRequestItem.from_dict(data)
                            if McpApprovalResponseItem.discriminated_by(data):
                                return McpApprovalResponseItem.from_dict(data)
                            if McpCallItem.discriminated_by(data):
                                return McpCallItem.from_dict(data)
                            if CustomToolCallItem.discriminated_by(data):
                                return CustomToolCallItem.from_dict(data)
                            if CustomToolCallOutputItem.discriminated_by(data):
                                return CustomToolCallOutputItem.from_dict(data)
                            if CompactionItem.discriminated_by(data):
                                return CompactionItem.from_dict(data)
                            if ContextCompactionItem.discriminated_by(data):
                                return ContextCompactionItem.from_dict(data)
                            if ItemReferenceItem.discriminated_by(data):
                                return ItemReferenceItem.from_dict(data)
                            if AdditionalToolsItem.discriminated_by(data):
                                return AdditionalToolsItem.from_dict(data)
                            if AgentMessageItem.discriminated_by(data):
                                return AgentMessageItem.from_dict(data)
                            return cast(
                                AdditionalToolsItem
                                | AgentMessageItem
                                | ApplyPatchCallItem
                                | ApplyPatchCallOutputItem
                                | CompactionItem
                                | ContextCompactionItem
                                | CustomToolCallItem
                                | CustomToolCallOutputItem
                                | EasyInputMessage
                                | FunctionCallItem
                                | FunctionCallOutputItem
                                | InputMessageItem
                                | InputsItemAssistant
                                | InputsItemReasoning
                                | ItemReferenceItem
                                | LocalShellCallItem
                                | LocalShellCallOutputItem
                                | McpApprovalRequestItem
                                | McpApprovalResponseItem
                                | McpCallItem
                                | McpListToolsItem
                                | OutputAdvisorServerToolItem
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
                                | OutputSearchModelsServerToolItem
                                | OutputShellServerToolItem
                                | OutputSubagentServerToolItem
                                | OutputTextEditorServerToolItem
                                | OutputToolSearchServerToolItem
                                | OutputWebFetchServerToolItem
                                | OutputWebSearchCallItem
                                | OutputWebSearchServerToolItem
                                | ReasoningItem
                                | ShellCallItem
                                | ShellCallOutputItem,
                                data,
                            )

                        componentsschemas_inputs_type_1_item = (
                            _parse_componentsschemas_inputs_type_1_item(
                                componentsschemas_inputs_type_1_item_data
                            )
                        )

                        componentsschemas_inputs_type_1.append(
                            componentsschemas_inputs_type_1_item
                        )

                    return componentsschemas_inputs_type_1
                return cast(
                    list[
                        AdditionalToolsItem
                        | AgentMessageItem
                        | ApplyPatchCallItem
                        | ApplyPatchCallOutputItem
                        | CompactionItem
                        | ContextCompactionItem
                        | CustomToolCallItem
                        | CustomToolCallOutputItem
                        | EasyInputMessage
                        | FunctionCallItem
                        | FunctionCallOutputItem
                        | InputMessageItem
                        | InputsItemAssistant
                        | InputsItemReasoning
                        | ItemReferenceItem
                        | LocalShellCallItem
                        | LocalShellCallOutputItem
                        | McpApprovalRequestItem
                        | McpApprovalResponseItem
                        | McpCallItem
                        | McpListToolsItem
                        | OutputAdvisorServerToolItem
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
                        | OutputSearchModelsServerToolItem
                        | OutputShellServerToolItem
                        | OutputSubagentServerToolItem
                        | OutputTextEditorServerToolItem
                        | OutputToolSearchServerToolItem
                        | OutputWebFetchServerToolItem
                        | OutputWebSearchCallItem
                        | OutputWebSearchServerToolItem
                        | ReasoningItem
                        | ShellCallItem
                        | ShellCallOutputItem
                    ]
                    | str,
                    data,
                )

            input = _parse_input(raw__)

            return input

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

        def modalities_(raw__: Any) -> Any:
            modalities = []
            _modalities = raw__
            for modalities_item_data in _modalities:
                modalities_item = OutputModalityEnum(modalities_item_data)

                modalities.append(modalities_item)

            return modalities

        def models_(raw__: Any) -> Any:
            models = cast(list[str], raw__)

            return models

        def plugins_(raw__: Any) -> Any:
            plugins = []
            _plugins = raw__
            for plugins_item_data in _plugins:

                def _parse_plugins_item(
                    data: object,
                ) -> (
                    AutoBetaRouterPlugin
                    | AutoRouterPlugin
                    | ContextCompressionPlugin
                    | FileParserPlugin
                    | FusionPlugin
                    | ModerationPlugin
                    | ParetoRouterPlugin
                    | ResponseHealingPlugin
                    | WebFetchPlugin
                    | WebSearchPlugin
                ):
                    if AutoRouterPlugin.accepts(data):
                        plugins_item_type_0 = AutoRouterPlugin.from_dict(data)

                        return plugins_item_type_0
                    if AutoBetaRouterPlugin.accepts(data):
                        plugins_item_type_1 = AutoBetaRouterPlugin.from_dict(data)

                        return plugins_item_type_1
                    if ModerationPlugin.accepts(data):
                        plugins_item_type_2 = ModerationPlugin.from_dict(data)

                        return plugins_item_type_2
                    if WebSearchPlugin.accepts(data):
                        plugins_item_type_3 = WebSearchPlugin.from_dict(data)

                        return plugins_item_type_3
                    if WebFetchPlugin.accepts(data):
                        plugins_item_type_4 = WebFetchPlugin.from_dict(data)

                        return plugins_item_type_4
                    if FileParserPlugin.accepts(data):
                        plugins_item_type_5 = FileParserPlugin.from_dict(data)

                        return plugins_item_type_5
                    if ResponseHealingPlugin.accepts(data):
                        plugins_item_type_6 = ResponseHealingPlugin.from_dict(data)

                        return plugins_item_type_6
                    if ContextCompressionPlugin.accepts(data):
                        plugins_item_type_7 = ContextCompressionPlugin.from_dict(data)

                        return plugins_item_type_7
                    if ParetoRouterPlugin.accepts(data):
                        plugins_item_type_8 = ParetoRouterPlugin.from_dict(data)

                        return plugins_item_type_8
                    if FusionPlugin.accepts(data):
                        plugins_item_type_9 = FusionPlugin.from_dict(data)

                        return plugins_item_type_9
                    if AutoRouterPlugin.discriminated_by(data):
                        return AutoRouterPlugin.from_dict(data)
                    if AutoBetaRouterPlugin.discriminated_by(data):
                        return AutoBetaRouterPlugin.from_dict(data)
                    if ModerationPlugin.discriminated_by(data):
                        return ModerationPlugin.from_dict(data)
                    if WebSearchPlugin.discriminated_by(data):
                        return WebSearchPlugin.from_dict(data)
                    if WebFetchPlugin.discriminated_by(data):
                        return WebFetchPlugin.from_dict(data)
                    if FileParserPlugin.discriminated_by(data):
                        return FileParserPlugin.from_dict(data)
                    if ResponseHealingPlugin.discriminated_by(data):
                        return ResponseHealingPlugin.from_dict(data)
                    if ContextCompressionPlugin.discriminated_by(data):
                        return ContextCompressionPlugin.from_dict(data)
                    if ParetoRouterPlugin.discriminated_by(data):
                        return ParetoRouterPlugin.from_dict(data)
                    if FusionPlugin.discriminated_by(data):
                        return FusionPlugin.from_dict(data)
                    return cast(
                        AutoBetaRouterPlugin
                        | AutoRouterPlugin
                        | ContextCompressionPlugin
                        | FileParserPlugin
                        | FusionPlugin
                        | ModerationPlugin
                        | ParetoRouterPlugin
                        | ResponseHealingPlugin
                        | WebFetchPlugin
                        | WebSearchPlugin,
                        data,
                    )

                plugins_item = _parse_plugins_item(plugins_item_data)

                plugins.append(plugins_item)

            return plugins

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

        def provider_(raw__: Any) -> Any:
            def _parse_provider(data: object) -> None | ProviderPreferences:
                if data is None:
                    return data
                if ProviderPreferences.accepts(data):
                    provider_type_0 = ProviderPreferences.from_dict(data)

                    return provider_type_0
                if ProviderPreferences.discriminated_by(data):
                    return ProviderPreferences.from_dict(data)
                return cast(None | ProviderPreferences, data)

            provider = _parse_provider(raw__)

            return provider

        def reasoning_(raw__: Any) -> Any:
            def _parse_reasoning(data: object) -> None | ReasoningConfig:
                if data is None:
                    return data
                if ReasoningConfig.accepts(data):
                    reasoning_type_0 = ReasoningConfig.from_dict(data)

                    return reasoning_type_0
                if ReasoningConfig.discriminated_by(data):
                    return ReasoningConfig.from_dict(data)
                return cast(None | ReasoningConfig, data)

            reasoning = _parse_reasoning(raw__)

            return reasoning

        def route_(raw__: Any) -> Any:
            def _parse_route(data: object) -> DeprecatedRoute | None:
                if data is None:
                    return data
                if DeprecatedRoute.is_declared(data):
                    route_type_0 = DeprecatedRoute(data)

                    return route_type_0
                if isinstance(data, str):
                    return DeprecatedRoute(data)
                return cast(DeprecatedRoute | None, data)

            route = _parse_route(raw__)

            return route

        def service_tier_(raw__: Any) -> Any:
            def _parse_service_tier(data: object) -> None | ResponsesRequestServiceTier:
                if data is None:
                    return data
                if ResponsesRequestServiceTier.is_declared(data):
                    service_tier_type_0 = ResponsesRequestServiceTier(data)

                    return service_tier_type_0
                if isinstance(data, str):
                    return ResponsesRequestServiceTier(data)
                return cast(None | ResponsesRequestServiceTier, data)

            service_tier = _parse_service_tier(raw__)

            return service_tier

        def stop_server_tools_when_(raw__: Any) -> Any:
            stop_server_tools_when = []
            _stop_server_tools_when = raw__
            for (
                componentsschemas_stop_server_tools_when_item_data
            ) in _stop_server_tools_when:

                def _parse_componentsschemas_stop_server_tools_when_item(
                    data: object,
                ) -> (
                    StopServerToolsWhenFinishReasonIs
                    | StopServerToolsWhenHasToolCall
                    | StopServerToolsWhenMaxCost
                    | StopServerToolsWhenMaxTokensUsed
                    | StopServerToolsWhenStepCountIs
                ):
                    if StopServerToolsWhenStepCountIs.accepts(data):
                        componentsschemas_stop_server_tools_when_condition_type_0 = (
                            StopServerToolsWhenStepCountIs.from_dict(data)
                        )

                        return componentsschemas_stop_server_tools_when_condition_type_0
                    if StopServerToolsWhenHasToolCall.accepts(data):
                        componentsschemas_stop_server_tools_when_condition_type_1 = (
                            StopServerToolsWhenHasToolCall.from_dict(data)
                        )

                        return componentsschemas_stop_server_tools_when_condition_type_1
                    if StopServerToolsWhenMaxTokensUsed.accepts(data):
                        componentsschemas_stop_server_tools_when_condition_type_2 = (
                            StopServerToolsWhenMaxTokensUsed.from_dict(data)
                        )

                        return componentsschemas_stop_server_tools_when_condition_type_2
                    if StopServerToolsWhenMaxCost.accepts(data):
                        componentsschemas_stop_server_tools_when_condition_type_3 = (
                            StopServerToolsWhenMaxCost.from_dict(data)
                        )

                        return componentsschemas_stop_server_tools_when_condition_type_3
                    if StopServerToolsWhenFinishReasonIs.accepts(data):
                        componentsschemas_stop_server_tools_when_condition_type_4 = (
                            StopServerToolsWhenFinishReasonIs.from_dict(data)
                        )

                        return componentsschemas_stop_server_tools_when_condition_type_4
                    if StopServerToolsWhenStepCountIs.discriminated_by(data):
                        return StopServerToolsWhenStepCountIs.from_dict(data)
                    if StopServerToolsWhenHasToolCall.discriminated_by(data):
                        return StopServerToolsWhenHasToolCall.from_dict(data)
                    if StopServerToolsWhenMaxTokensUsed.discriminated_by(data):
                        return StopServerToolsWhenMaxTokensUsed.from_dict(data)
                    if StopServerToolsWhenMaxCost.discriminated_by(data):
                        return StopServerToolsWhenMaxCost.from_dict(data)
                    if StopServerToolsWhenFinishReasonIs.discriminated_by(data):
                        return StopServerToolsWhenFinishReasonIs.from_dict(data)
                    return cast(
                        StopServerToolsWhenFinishReasonIs
                        | StopServerToolsWhenHasToolCall
                        | StopServerToolsWhenMaxCost
                        | StopServerToolsWhenMaxTokensUsed
                        | StopServerToolsWhenStepCountIs,
                        data,
                    )

                componentsschemas_stop_server_tools_when_item = (
                    _parse_componentsschemas_stop_server_tools_when_item(
                        componentsschemas_stop_server_tools_when_item_data
                    )
                )

                stop_server_tools_when.append(
                    componentsschemas_stop_server_tools_when_item
                )

            return stop_server_tools_when

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
                    AdvisorServerToolOpenRouter
                    | ApplyPatchServerTool
                    | ApplyPatchServerToolOpenRouter
                    | BashServerTool
                    | CodeInterpreterServerTool
                    | CodexLocalShellTool
                    | ComputerUseServerTool
                    | CustomTool
                    | DatetimeServerTool
                    | FileSearchServerTool
                    | FilesServerTool
                    | FusionServerToolOpenRouter
                    | ImageGenerationServerTool
                    | ImageGenerationServerToolOpenRouter
                    | LegacyWebSearchServerTool
                    | McpServerTool
                    | NamespaceTool
                    | Preview20250311WebSearchServerTool
                    | PreviewWebSearchServerTool
                    | ResponsesRequestToolsItem
                    | SearchModelsServerToolOpenRouter
                    | ShellServerTool
                    | ShellServerToolOpenRouter
                    | SubagentServerToolOpenRouter
                    | ToolSearchServerTool
                    | WebFetchServerTool
                    | WebSearchServerTool
                    | WebSearchServerToolOpenRouter
                ):
                    if ResponsesRequestToolsItem.accepts(data):
                        tools_item_type_0 = ResponsesRequestToolsItem.from_dict(data)

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
                    if AdvisorServerToolOpenRouter.accepts(data):
                        tools_item_type_15 = AdvisorServerToolOpenRouter.from_dict(data)

                        return tools_item_type_15
                    if SubagentServerToolOpenRouter.accepts(data):
                        tools_item_type_16 = SubagentServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_16
                    if DatetimeServerTool.accepts(data):
                        tools_item_type_17 = DatetimeServerTool.from_dict(data)

                        return tools_item_type_17
                    if FilesServerTool.accepts(data):
                        tools_item_type_18 = FilesServerTool.from_dict(data)

                        return tools_item_type_18
                    if FusionServerToolOpenRouter.accepts(data):
                        tools_item_type_19 = FusionServerToolOpenRouter.from_dict(data)

                        return tools_item_type_19
                    if ImageGenerationServerToolOpenRouter.accepts(data):
                        tools_item_type_20 = (
                            ImageGenerationServerToolOpenRouter.from_dict(data)
                        )

                        return tools_item_type_20
                    if SearchModelsServerToolOpenRouter.accepts(data):
                        tools_item_type_21 = SearchModelsServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_21
                    if WebFetchServerTool.accepts(data):
                        tools_item_type_22 = WebFetchServerTool.from_dict(data)

                        return tools_item_type_22
                    if WebSearchServerToolOpenRouter.accepts(data):
                        tools_item_type_23 = WebSearchServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_23
                    if ApplyPatchServerToolOpenRouter.accepts(data):
                        tools_item_type_24 = ApplyPatchServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_24
                    if BashServerTool.accepts(data):
                        tools_item_type_25 = BashServerTool.from_dict(data)

                        return tools_item_type_25
                    if ShellServerToolOpenRouter.accepts(data):
                        tools_item_type_26 = ShellServerToolOpenRouter.from_dict(data)

                        return tools_item_type_26
                    if ToolSearchServerTool.accepts(data):
                        tools_item_type_27 = ToolSearchServerTool.from_dict(data)

                        return tools_item_type_27
                    if ResponsesRequestToolsItem.discriminated_by(data):
                        return ResponsesRequestToolsItem.from_dict(data)
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
                    if AdvisorServerToolOpenRouter.discriminated_by(data):
                        return AdvisorServerToolOpenRouter.from_dict(data)
                    if SubagentServerToolOpenRouter.discriminated_by(data):
                        return SubagentServerToolOpenRouter.from_dict(data)
                    if DatetimeServerTool.discriminated_by(data):
                        return DatetimeServerTool.from_dict(data)
                    if FilesServerTool.discriminated_by(data):
                        return FilesServerTool.from_dict(data)
                    if FusionServerToolOpenRouter.discriminated_by(data):
                        return FusionServerToolOpenRouter.from_dict(data)
                    if ImageGenerationServerToolOpenRouter.discriminated_by(data):
                        return ImageGenerationServerToolOpenRouter.from_dict(data)
                    if SearchModelsServerToolOpenRouter.discriminated_by(data):
                        return SearchModelsServerToolOpenRouter.from_dict(data)
                    if WebFetchServerTool.discriminated_by(data):
                        return WebFetchServerTool.from_dict(data)
                    if WebSearchServerToolOpenRouter.discriminated_by(data):
                        return WebSearchServerToolOpenRouter.from_dict(data)
                    if ApplyPatchServerToolOpenRouter.discriminated_by(data):
                        return ApplyPatchServerToolOpenRouter.from_dict(data)
                    if BashServerTool.discriminated_by(data):
                        return BashServerTool.from_dict(data)
                    if ShellServerToolOpenRouter.discriminated_by(data):
                        return ShellServerToolOpenRouter.from_dict(data)
                    if ToolSearchServerTool.discriminated_by(data):
                        return ToolSearchServerTool.from_dict(data)
                    return cast(
                        AdvisorServerToolOpenRouter
                        | ApplyPatchServerTool
                        | ApplyPatchServerToolOpenRouter
                        | BashServerTool
                        | CodeInterpreterServerTool
                        | CodexLocalShellTool
                        | ComputerUseServerTool
                        | CustomTool
                        | DatetimeServerTool
                        | FileSearchServerTool
                        | FilesServerTool
                        | FusionServerToolOpenRouter
                        | ImageGenerationServerTool
                        | ImageGenerationServerToolOpenRouter
                        | LegacyWebSearchServerTool
                        | McpServerTool
                        | NamespaceTool
                        | Preview20250311WebSearchServerTool
                        | PreviewWebSearchServerTool
                        | ResponsesRequestToolsItem
                        | SearchModelsServerToolOpenRouter
                        | ShellServerTool
                        | ShellServerToolOpenRouter
                        | SubagentServerToolOpenRouter
                        | ToolSearchServerTool
                        | WebFetchServerTool
                        | WebSearchServerTool
                        | WebSearchServerToolOpenRouter,
                        data,
                    )

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

            return tools

        def trace_(raw__: Any) -> Any:
            trace = TraceConfig.from_dict(raw__)

            return trace

        def truncation_(raw__: Any) -> Any:
            def _parse_truncation(data: object) -> None | OpenAIResponsesTruncation:
                if data is None:
                    return data
                if OpenAIResponsesTruncation.is_declared(data):
                    truncation_type_0 = OpenAIResponsesTruncation(data)

                    return truncation_type_0
                if isinstance(data, str):
                    return OpenAIResponsesTruncation(data)
                return cast(None | OpenAIResponsesTruncation, data)

            truncation = _parse_truncation(raw__)

            return truncation

        return {
            "cache_control": cache_control_,
            "debug": debug_,
            "image_config": image_config_,
            "include": include_,
            "input": input_,
            "metadata": metadata_,
            "modalities": modalities_,
            "models": models_,
            "plugins": plugins_,
            "prompt": prompt_,
            "prompt_cache_options": prompt_cache_options_,
            "provider": provider_,
            "reasoning": reasoning_,
            "route": route_,
            "service_tier": service_tier_,
            "stop_server_tools_when": stop_server_tools_when_,
            "text": text_,
            "tool_choice": tool_choice_,
            "tools": tools_,
            "trace": trace_,
            "truncation": truncation_,
        }
