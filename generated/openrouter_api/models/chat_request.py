from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_debug_options import ChatDebugOptions
    from ..models.chat_developer_message import ChatDeveloperMessage
    from ..models.chat_format_grammar_config import ChatFormatGrammarConfig
    from ..models.chat_format_json_object_config import ChatFormatJsonObjectConfig
    from ..models.chat_format_json_schema_config import ChatFormatJsonSchemaConfig
    from ..models.chat_format_python_config import ChatFormatPythonConfig
    from ..models.chat_format_text_config import ChatFormatTextConfig
    from ..models.chat_function_tool_object import ChatFunctionToolObject
    from ..models.chat_named_tool_choice import ChatNamedToolChoice
    from ..models.chat_request_logit_bias import ChatRequestLogitBias
    from ..models.chat_request_metadata import ChatRequestMetadata
    from ..models.chat_request_modalities_item import ChatRequestModalitiesItem
    from ..models.chat_request_reasoning import ChatRequestReasoning
    from ..models.chat_request_service_tier import ChatRequestServiceTier
    from ..models.chat_request_usage import ChatRequestUsage
    from ..models.chat_search_models_server_tool import ChatSearchModelsServerTool
    from ..models.chat_server_tool_choice import ChatServerToolChoice
    from ..models.chat_stream_options import ChatStreamOptions
    from ..models.chat_system_message import ChatSystemMessage
    from ..models.chat_tool_choice_enum import ChatToolChoiceEnum
    from ..models.chat_tool_message import ChatToolMessage
    from ..models.chat_user_message import ChatUserMessage
    from ..models.chat_web_search_shorthand import ChatWebSearchShorthand
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.deprecated_route import DeprecatedRoute
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.files_server_tool import FilesServerTool
    from ..models.fusion_plugin import FusionPlugin
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.image_config import ImageConfig
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.open_router_web_search_server_tool import (
        OpenRouterWebSearchServerTool,
    )
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.prediction import Prediction
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.reasoning_effort import ReasoningEffort
    from ..models.response_healing_plugin import ResponseHealingPlugin
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
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin


@_attrs_define(slots=False, repr=False)
class ChatRequest(LazyModel):
    """Chat completion request parameters

    Example:
        {'max_tokens': 150, 'messages': [{'content': 'You are a helpful assistant.', 'role': 'system'}, {'content':
            'What is the capital of France?', 'role': 'user'}], 'model': 'openai/gpt-4', 'temperature': 0.7}

    Attributes:
        messages (list[ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage |
            ChatUserMessage]): List of messages for the conversation Example: [{'content': 'Hello!', 'role': 'user'}].
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        debug (ChatDebugOptions | None): Debug options for inspecting request transformations (streaming only) Example:
            {'echo_upstream_body': True}.
        frequency_penalty (float | None): Frequency penalty (-2.0 to 2.0) Example: 0.
        image_config (ImageConfig | None): Provider-specific image configuration options. Keys and values vary by
            model/provider. See https://openrouter.ai/docs/guides/overview/multimodal/image-generation for more details.
            Example: {'aspect_ratio': '16:9', 'quality': 'high'}.
        logit_bias (ChatRequestLogitBias | None): Token logit bias adjustments Example: {'50256': -100}.
        logprobs (bool | None): Return log probabilities Example: False.
        max_completion_tokens (int | None): Maximum tokens in completion Example: 100.
        max_tokens (int | None): Maximum tokens (deprecated, use max_completion_tokens). Note: some providers enforce a
            minimum of 16. Example: 100.
        metadata (ChatRequestMetadata | None): Key-value pairs for additional object information (max 16 pairs, 64 char
            keys, 512 char values) Example: {'session_id': 'session-456', 'user_id': 'user-123'}.
        min_p (float | None): Minimum probability threshold relative to the most likely token. Tokens with probability
            below min_p * (probability of top token) are filtered out. Not all providers support this parameter. Example:
            0.1.
        modalities (list[ChatRequestModalitiesItem] | None): Output modalities for the response. Supported values are
            "text", "image", and "audio". Example: ['text', 'image'].
        model (str | None): Model to use for completion Example: openai/gpt-4.
        models (list[str] | None): Models to use for completion Example: ['openai/gpt-4', 'openai/gpt-4o'].
        parallel_tool_calls (bool | None): Whether to enable parallel function calling during tool use. When true, the
            model may generate multiple tool calls in a single response. Example: True.
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | None): Plugins you want to enable for this request, including their settings.
        prediction (Prediction | None):
        presence_penalty (float | None): Presence penalty (-2.0 to 2.0) Example: 0.
        prompt_cache_key (str | None):
        prompt_cache_options (PromptCacheOptions | None):
        provider (ProviderPreferences | None):
        reasoning (ChatRequestReasoning | None): Configuration options for reasoning models Example: {'effort':
            'medium', 'summary': 'concise'}.
        reasoning_effort (ReasoningEffort | None): Shorthand for setting reasoning effort. Equivalent to setting
            reasoning.effort. Cannot be used simultaneously with reasoning.effort if they differ. Example: medium.
        repetition_penalty (float | None): Penalizes tokens based on how much they have already appeared in the text. A
            value of 1.0 means no penalty. Values above 1.0 penalize repeated tokens more strongly. Not all providers
            support this parameter. Example: 1.
        response_format (ChatFormatGrammarConfig | ChatFormatJsonObjectConfig | ChatFormatJsonSchemaConfig |
            ChatFormatPythonConfig | ChatFormatTextConfig | None): Response format configuration Example: {'type':
            'json_object'}.
        route (DeprecatedRoute | None):
        seed (int | None): Random seed for deterministic outputs Example: 42.
        service_tier (ChatRequestServiceTier | None): The service tier to use for processing this request. `fast` is
            accepted as an alias for `priority`. Example: auto.
        session_id (str | None): A unique identifier for grouping related requests (e.g., a conversation or agent
            workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to
            the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the
            request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        stop (list[str] | str | None): Stop sequences (up to 4) Example: ['\\n'].
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | None): Stop
            conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this
            overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending
            tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-
            language answer instead of an unfinished tool call. Example: [{'step_count': 5, 'type': 'step_count_is'},
            {'max_cost_in_dollars': 0.5, 'type': 'max_cost'}].
        stream (bool | None): Enable streaming response Default: False. Example: False.
        stream_options (ChatStreamOptions | None):
        temperature (float | None): Sampling temperature (0-2) Example: 0.7.
        tool_choice (ChatNamedToolChoice | ChatServerToolChoice | ChatToolChoiceEnum | None): Tool choice configuration
            Example: auto.
        tools (list[AdvisorServerToolOpenRouter | BashServerTool | ChatFunctionToolObject | ChatSearchModelsServerTool |
            ChatWebSearchShorthand | DatetimeServerTool | FilesServerTool | FusionServerToolOpenRouter |
            ImageGenerationServerToolOpenRouter | OpenRouterWebSearchServerTool | SubagentServerToolOpenRouter |
            WebFetchServerTool] | None): Available tools for function calling Example: [{'function': {'description': 'Get
            weather', 'name': 'get_weather'}, 'type': 'function'}].
        top_a (float | None): Consider only tokens with "sufficiently high" probabilities based on the probability of
            the most likely token. Not all providers support this parameter. Example: 0.
        top_k (int | None): Limits the model to choose from the top K most likely tokens at each step. A value of 1
            means the model will always pick the most likely next token. Not all providers support this parameter. Example:
            40.
        top_logprobs (int | None): Number of top log probabilities to return (0-20) Example: 5.
        top_p (float | None): Nucleus sampling parameter (0-1) Example: 1.
        trace (TraceConfig | None): Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name,
            generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to
            configured broadcast destinations. Example: {'trace_id': 'trace-abc123', 'trace_name': 'my-app-trace'}.
        user (str | None): Per-end-user identifier for abuse isolation. Use a stable ID, hash, or pseudonym. When a
            provider requires a user identity, OpenRouter folds it into the hashed identity sent upstream and never forwards
            it raw. If omitted, requests use an account-level identity, so provider policy blocks can affect the whole
            account. Example: user-123.
        transforms (list[str] | None): Prompt transforms applied before routing, e.g. ["middle-out"] to fit long
            conversations into the context window
        usage (ChatRequestUsage | None): Usage accounting (legacy; usage with cost is now always returned)
    """

    messages: list[
        ChatAssistantMessage
        | ChatDeveloperMessage
        | ChatSystemMessage
        | ChatToolMessage
        | ChatUserMessage
    ]
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    debug: ChatDebugOptions | None = ABSENT
    frequency_penalty: float | None = ABSENT
    image_config: ImageConfig | None = ABSENT
    logit_bias: ChatRequestLogitBias | None = ABSENT
    logprobs: bool | None = ABSENT
    max_completion_tokens: int | None = ABSENT
    max_tokens: int | None = ABSENT
    metadata: ChatRequestMetadata | None = ABSENT
    min_p: float | None = ABSENT
    modalities: list[ChatRequestModalitiesItem] | None = ABSENT
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
    prediction: Prediction | None = ABSENT
    presence_penalty: float | None = ABSENT
    prompt_cache_key: str | None = ABSENT
    prompt_cache_options: PromptCacheOptions | None = ABSENT
    provider: ProviderPreferences | None = ABSENT
    reasoning: ChatRequestReasoning | None = ABSENT
    reasoning_effort: ReasoningEffort | None = ABSENT
    repetition_penalty: float | None = ABSENT
    response_format: (
        ChatFormatGrammarConfig
        | ChatFormatJsonObjectConfig
        | ChatFormatJsonSchemaConfig
        | ChatFormatPythonConfig
        | ChatFormatTextConfig
        | None
    ) = ABSENT
    route: DeprecatedRoute | None = ABSENT
    seed: int | None = ABSENT
    service_tier: ChatRequestServiceTier | None = ABSENT
    session_id: str | None = ABSENT
    stop: list[str] | str | None = ABSENT
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
    stream: bool | None = False
    stream_options: ChatStreamOptions | None = ABSENT
    temperature: float | None = ABSENT
    tool_choice: (
        ChatNamedToolChoice | ChatServerToolChoice | ChatToolChoiceEnum | None
    ) = ABSENT
    tools: (
        list[
            AdvisorServerToolOpenRouter
            | BashServerTool
            | ChatFunctionToolObject
            | ChatSearchModelsServerTool
            | ChatWebSearchShorthand
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | OpenRouterWebSearchServerTool
            | SubagentServerToolOpenRouter
            | WebFetchServerTool
        ]
        | None
    ) = ABSENT
    top_a: float | None = ABSENT
    top_k: int | None = ABSENT
    top_logprobs: int | None = ABSENT
    top_p: float | None = ABSENT
    trace: TraceConfig | None = ABSENT
    user: str | None = ABSENT
    transforms: list[str] | None = ABSENT
    usage: ChatRequestUsage | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("cache_control", "cache_control"),
        ("debug", "debug"),
        ("frequency_penalty", "frequency_penalty"),
        ("image_config", "image_config"),
        ("logit_bias", "logit_bias"),
        ("logprobs", "logprobs"),
        ("max_completion_tokens", "max_completion_tokens"),
        ("max_tokens", "max_tokens"),
        ("metadata", "metadata"),
        ("min_p", "min_p"),
        ("modalities", "modalities"),
        ("model", "model"),
        ("models", "models"),
        ("parallel_tool_calls", "parallel_tool_calls"),
        ("plugins", "plugins"),
        ("prediction", "prediction"),
        ("presence_penalty", "presence_penalty"),
        ("prompt_cache_key", "prompt_cache_key"),
        ("prompt_cache_options", "prompt_cache_options"),
        ("provider", "provider"),
        ("reasoning", "reasoning"),
        ("reasoning_effort", "reasoning_effort"),
        ("repetition_penalty", "repetition_penalty"),
        ("response_format", "response_format"),
        ("route", "route"),
        ("seed", "seed"),
        ("service_tier", "service_tier"),
        ("session_id", "session_id"),
        ("stop", "stop"),
        ("stop_server_tools_when", "stop_server_tools_when"),
        ("stream", "stream"),
        ("stream_options", "stream_options"),
        ("temperature", "temperature"),
        ("tool_choice", "tool_choice"),
        ("tools", "tools"),
        ("top_a", "top_a"),
        ("top_k", "top_k"),
        ("top_logprobs", "top_logprobs"),
        ("top_p", "top_p"),
        ("trace", "trace"),
        ("user", "user"),
        ("transforms", "transforms"),
        ("usage", "usage"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "messages",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "messages",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
        from ..models.auto_router_plugin import AutoRouterPlugin
        from ..models.bash_server_tool import BashServerTool
        from ..models.chat_assistant_message import ChatAssistantMessage
        from ..models.chat_debug_options import ChatDebugOptions
        from ..models.chat_developer_message import ChatDeveloperMessage
        from ..models.chat_format_grammar_config import ChatFormatGrammarConfig
        from ..models.chat_format_json_object_config import ChatFormatJsonObjectConfig
        from ..models.chat_format_json_schema_config import ChatFormatJsonSchemaConfig
        from ..models.chat_format_python_config import ChatFormatPythonConfig
        from ..models.chat_format_text_config import ChatFormatTextConfig
        from ..models.chat_function_tool_object import ChatFunctionToolObject
        from ..models.chat_named_tool_choice import ChatNamedToolChoice
        from ..models.chat_request_logit_bias import ChatRequestLogitBias
        from ..models.chat_request_metadata import ChatRequestMetadata
        from ..models.chat_request_modalities_item import ChatRequestModalitiesItem
        from ..models.chat_request_reasoning import ChatRequestReasoning
        from ..models.chat_request_service_tier import ChatRequestServiceTier
        from ..models.chat_request_usage import ChatRequestUsage
        from ..models.chat_search_models_server_tool import ChatSearchModelsServerTool
        from ..models.chat_server_tool_choice import ChatServerToolChoice
        from ..models.chat_stream_options import ChatStreamOptions
        from ..models.chat_system_message import ChatSystemMessage
        from ..models.chat_tool_choice_enum import ChatToolChoiceEnum
        from ..models.chat_tool_message import ChatToolMessage
        from ..models.chat_user_message import ChatUserMessage
        from ..models.chat_web_search_shorthand import ChatWebSearchShorthand
        from ..models.context_compression_plugin import ContextCompressionPlugin
        from ..models.datetime_server_tool import DatetimeServerTool
        from ..models.deprecated_route import DeprecatedRoute
        from ..models.file_parser_plugin import FileParserPlugin
        from ..models.files_server_tool import FilesServerTool
        from ..models.fusion_plugin import FusionPlugin
        from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
        from ..models.image_config import ImageConfig
        from ..models.image_generation_server_tool_open_router import (
            ImageGenerationServerToolOpenRouter,
        )
        from ..models.moderation_plugin import ModerationPlugin
        from ..models.open_router_web_search_server_tool import (
            OpenRouterWebSearchServerTool,
        )
        from ..models.pareto_router_plugin import ParetoRouterPlugin
        from ..models.prediction import Prediction
        from ..models.prompt_cache_options import PromptCacheOptions
        from ..models.provider_preferences import ProviderPreferences
        from ..models.reasoning_effort import ReasoningEffort
        from ..models.response_healing_plugin import ResponseHealingPlugin
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
        from ..models.subagent_server_tool_open_router import (
            SubagentServerToolOpenRouter,
        )
        from ..models.trace_config import TraceConfig
        from ..models.web_fetch_plugin import WebFetchPlugin
        from ..models.web_fetch_server_tool import WebFetchServerTool
        from ..models.web_search_plugin import WebSearchPlugin

        def messages_(raw__: Any) -> Any:
            messages = []
            _messages = raw__
            for messages_item_data in _messages:

                def _parse_messages_item(
                    data: object,
                ) -> (
                    ChatAssistantMessage
                    | ChatDeveloperMessage
                    | ChatSystemMessage
                    | ChatToolMessage
                    | ChatUserMessage
                ):
                    if ChatSystemMessage.accepts(data):
                        componentsschemas_chat_messages_type_0 = (
                            ChatSystemMessage.from_dict(data)
                        )

                        return componentsschemas_chat_messages_type_0
                    if ChatUserMessage.accepts(data):
                        componentsschemas_chat_messages_type_1 = (
                            ChatUserMessage.from_dict(data)
                        )

                        return componentsschemas_chat_messages_type_1
                    if ChatDeveloperMessage.accepts(data):
                        componentsschemas_chat_messages_type_2 = (
                            ChatDeveloperMessage.from_dict(data)
                        )

                        return componentsschemas_chat_messages_type_2
                    if ChatAssistantMessage.accepts(data):
                        componentsschemas_chat_messages_type_3 = (
                            ChatAssistantMessage.from_dict(data)
                        )

                        return componentsschemas_chat_messages_type_3
                    if ChatToolMessage.accepts(data):
                        componentsschemas_chat_messages_type_4 = (
                            ChatToolMessage.from_dict(data)
                        )

                        return componentsschemas_chat_messages_type_4
                    if ChatSystemMessage.discriminated_by(data):
                        return ChatSystemMessage.from_dict(data)
                    if ChatUserMessage.discriminated_by(data):
                        return ChatUserMessage.from_dict(data)
                    if ChatDeveloperMessage.discriminated_by(data):
                        return ChatDeveloperMessage.from_dict(data)
                    if ChatAssistantMessage.discriminated_by(data):
                        return ChatAssistantMessage.from_dict(data)
                    if ChatToolMessage.discriminated_by(data):
                        return ChatToolMessage.from_dict(data)
                    return cast(
                        ChatAssistantMessage
                        | ChatDeveloperMessage
                        | ChatSystemMessage
                        | ChatToolMessage
                        | ChatUserMessage,
                        data,
                    )

                messages_item = _parse_messages_item(messages_item_data)

                messages.append(messages_item)

            return messages

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def debug_(raw__: Any) -> Any:
            debug = ChatDebugOptions.from_dict(raw__)

            return debug

        def image_config_(raw__: Any) -> Any:
            image_config = ImageConfig.from_dict(raw__)

            return image_config

        def logit_bias_(raw__: Any) -> Any:
            def _parse_logit_bias(data: object) -> ChatRequestLogitBias | None:
                if data is None:
                    return data
                if ChatRequestLogitBias.accepts(data):
                    logit_bias_type_0 = ChatRequestLogitBias.from_dict(data)

                    return logit_bias_type_0
                if ChatRequestLogitBias.discriminated_by(data):
                    return ChatRequestLogitBias.from_dict(data)
                return cast(ChatRequestLogitBias | None, data)

            logit_bias = _parse_logit_bias(raw__)

            return logit_bias

        def metadata_(raw__: Any) -> Any:
            metadata = ChatRequestMetadata.from_dict(raw__)

            return metadata

        def modalities_(raw__: Any) -> Any:
            modalities = []
            _modalities = raw__
            for modalities_item_data in _modalities:
                modalities_item = ChatRequestModalitiesItem(modalities_item_data)

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

        def prediction_(raw__: Any) -> Any:
            def _parse_prediction(data: object) -> None | Prediction:
                if data is None:
                    return data
                if Prediction.accepts(data):
                    prediction_type_0 = Prediction.from_dict(data)

                    return prediction_type_0
                if Prediction.discriminated_by(data):
                    return Prediction.from_dict(data)
                return cast(None | Prediction, data)

            prediction = _parse_prediction(raw__)

            return prediction

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
            reasoning = ChatRequestReasoning.from_dict(raw__)

            return reasoning

        def reasoning_effort_(raw__: Any) -> Any:
            def _parse_reasoning_effort(data: object) -> None | ReasoningEffort:
                if data is None:
                    return data
                if ReasoningEffort.is_declared(data):
                    reasoning_effort_type_0 = ReasoningEffort(data)

                    return reasoning_effort_type_0
                if isinstance(data, str):
                    return ReasoningEffort(data)
                return cast(None | ReasoningEffort, data)

            reasoning_effort = _parse_reasoning_effort(raw__)

            return reasoning_effort

        def response_format_(raw__: Any) -> Any:
            def _parse_response_format(
                data: object,
            ) -> (
                ChatFormatGrammarConfig
                | ChatFormatJsonObjectConfig
                | ChatFormatJsonSchemaConfig
                | ChatFormatPythonConfig
                | ChatFormatTextConfig
            ):
                if ChatFormatTextConfig.accepts(data):
                    response_format_type_0 = ChatFormatTextConfig.from_dict(data)

                    return response_format_type_0
                if ChatFormatJsonObjectConfig.accepts(data):
                    response_format_type_1 = ChatFormatJsonObjectConfig.from_dict(data)

                    return response_format_type_1
                if ChatFormatJsonSchemaConfig.accepts(data):
                    response_format_type_2 = ChatFormatJsonSchemaConfig.from_dict(data)

                    return response_format_type_2
                if ChatFormatGrammarConfig.accepts(data):
                    response_format_type_3 = ChatFormatGrammarConfig.from_dict(data)

                    return response_format_type_3
                if ChatFormatPythonConfig.accepts(data):
                    response_format_type_4 = ChatFormatPythonConfig.from_dict(data)

                    return response_format_type_4
                if ChatFormatTextConfig.discriminated_by(data):
                    return ChatFormatTextConfig.from_dict(data)
                if ChatFormatJsonObjectConfig.discriminated_by(data):
                    return ChatFormatJsonObjectConfig.from_dict(data)
                if ChatFormatJsonSchemaConfig.discriminated_by(data):
                    return ChatFormatJsonSchemaConfig.from_dict(data)
                if ChatFormatGrammarConfig.discriminated_by(data):
                    return ChatFormatGrammarConfig.from_dict(data)
                if ChatFormatPythonConfig.discriminated_by(data):
                    return ChatFormatPythonConfig.from_dict(data)
                return cast(
                    ChatFormatGrammarConfig
                    | ChatFormatJsonObjectConfig
                    | ChatFormatJsonSchemaConfig
                    | ChatFormatPythonConfig
                    | ChatFormatTextConfig,
                    data,
                )

            response_format = _parse_response_format(raw__)

            return response_format

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
            def _parse_service_tier(data: object) -> ChatRequestServiceTier | None:
                if data is None:
                    return data
                if ChatRequestServiceTier.is_declared(data):
                    service_tier_type_0 = ChatRequestServiceTier(data)

                    return service_tier_type_0
                if isinstance(data, str):
                    return ChatRequestServiceTier(data)
                return cast(ChatRequestServiceTier | None, data)

            service_tier = _parse_service_tier(raw__)

            return service_tier

        def stop_(raw__: Any) -> Any:
            def _parse_stop(data: object) -> list[str] | None | str:
                if data is None:
                    return data
                if isinstance(data, list):
                    stop_type_1 = cast(list[str], data)

                    return stop_type_1
                return cast(list[str] | None | str, data)

            stop = _parse_stop(raw__)

            return stop

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

        def stream_options_(raw__: Any) -> Any:
            def _parse_stream_options(data: object) -> ChatStreamOptions | None:
                if data is None:
                    return data
                if ChatStreamOptions.accepts(data):
                    stream_options_type_0 = ChatStreamOptions.from_dict(data)

                    return stream_options_type_0
                if ChatStreamOptions.discriminated_by(data):
                    return ChatStreamOptions.from_dict(data)
                return cast(ChatStreamOptions | None, data)

            stream_options = _parse_stream_options(raw__)

            return stream_options

        def tool_choice_(raw__: Any) -> Any:
            def _parse_tool_choice(
                data: object,
            ) -> ChatNamedToolChoice | ChatServerToolChoice | ChatToolChoiceEnum:
                if ChatToolChoiceEnum.is_declared(data):
                    componentsschemas_chat_tool_choice_type_0 = ChatToolChoiceEnum(data)

                    return componentsschemas_chat_tool_choice_type_0
                if ChatNamedToolChoice.accepts(data):
                    componentsschemas_chat_tool_choice_type_1 = (
                        ChatNamedToolChoice.from_dict(data)
                    )

                    return componentsschemas_chat_tool_choice_type_1
                if ChatServerToolChoice.accepts(data):
                    componentsschemas_chat_tool_choice_type_2 = (
                        ChatServerToolChoice.from_dict(data)
                    )

                    return componentsschemas_chat_tool_choice_type_2
                if ChatNamedToolChoice.discriminated_by(data):
                    return ChatNamedToolChoice.from_dict(data)
                if ChatServerToolChoice.discriminated_by(data):
                    return ChatServerToolChoice.from_dict(data)
                if isinstance(data, str):
                    return ChatToolChoiceEnum(data)
                return cast(
                    ChatNamedToolChoice | ChatServerToolChoice | ChatToolChoiceEnum,
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
                    | BashServerTool
                    | ChatFunctionToolObject
                    | ChatSearchModelsServerTool
                    | ChatWebSearchShorthand
                    | DatetimeServerTool
                    | FilesServerTool
                    | FusionServerToolOpenRouter
                    | ImageGenerationServerToolOpenRouter
                    | OpenRouterWebSearchServerTool
                    | SubagentServerToolOpenRouter
                    | WebFetchServerTool
                ):
                    if ChatFunctionToolObject.accepts(data):
                        componentsschemas_chat_function_tool_type_0 = (
                            ChatFunctionToolObject.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_0
                    if AdvisorServerToolOpenRouter.accepts(data):
                        componentsschemas_chat_function_tool_type_1 = (
                            AdvisorServerToolOpenRouter.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_1
                    if BashServerTool.accepts(data):
                        componentsschemas_chat_function_tool_type_2 = (
                            BashServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_2
                    if DatetimeServerTool.accepts(data):
                        componentsschemas_chat_function_tool_type_3 = (
                            DatetimeServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_3
                    if FilesServerTool.accepts(data):
                        componentsschemas_chat_function_tool_type_4 = (
                            FilesServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_4
                    if FusionServerToolOpenRouter.accepts(data):
                        componentsschemas_chat_function_tool_type_5 = (
                            FusionServerToolOpenRouter.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_5
                    if ImageGenerationServerToolOpenRouter.accepts(data):
                        componentsschemas_chat_function_tool_type_6 = (
                            ImageGenerationServerToolOpenRouter.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_6
                    if ChatSearchModelsServerTool.accepts(data):
                        componentsschemas_chat_function_tool_type_7 = (
                            ChatSearchModelsServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_7
                    if SubagentServerToolOpenRouter.accepts(data):
                        componentsschemas_chat_function_tool_type_8 = (
                            SubagentServerToolOpenRouter.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_8
                    if WebFetchServerTool.accepts(data):
                        componentsschemas_chat_function_tool_type_9 = (
                            WebFetchServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_9
                    if OpenRouterWebSearchServerTool.accepts(data):
                        componentsschemas_chat_function_tool_type_10 = (
                            OpenRouterWebSearchServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_10
                    if ChatWebSearchShorthand.accepts(data):
                        componentsschemas_chat_function_tool_type_11 = (
                            ChatWebSearchShorthand.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_11
                    if ChatFunctionToolObject.discriminated_by(data):
                        return ChatFunctionToolObject.from_dict(data)
                    if AdvisorServerToolOpenRouter.discriminated_by(data):
                        return AdvisorServerToolOpenRouter.from_dict(data)
                    if BashServerTool.discriminated_by(data):
                        return BashServerTool.from_dict(data)
                    if DatetimeServerTool.discriminated_by(data):
                        return DatetimeServerTool.from_dict(data)
                    if FilesServerTool.discriminated_by(data):
                        return FilesServerTool.from_dict(data)
                    if FusionServerToolOpenRouter.discriminated_by(data):
                        return FusionServerToolOpenRouter.from_dict(data)
                    if ImageGenerationServerToolOpenRouter.discriminated_by(data):
                        return ImageGenerationServerToolOpenRouter.from_dict(data)
                    if ChatSearchModelsServerTool.discriminated_by(data):
                        return ChatSearchModelsServerTool.from_dict(data)
                    if SubagentServerToolOpenRouter.discriminated_by(data):
                        return SubagentServerToolOpenRouter.from_dict(data)
                    if WebFetchServerTool.discriminated_by(data):
                        return WebFetchServerTool.from_dict(data)
                    if OpenRouterWebSearchServerTool.discriminated_by(data):
                        return OpenRouterWebSearchServerTool.from_dict(data)
                    if ChatWebSearchShorthand.discriminated_by(data):
                        return ChatWebSearchShorthand.from_dict(data)
                    return cast(
                        AdvisorServerToolOpenRouter
                        | BashServerTool
                        | ChatFunctionToolObject
                        | ChatSearchModelsServerTool
                        | ChatWebSearchShorthand
                        | DatetimeServerTool
                        | FilesServerTool
                        | FusionServerToolOpenRouter
                        | ImageGenerationServerToolOpenRouter
                        | OpenRouterWebSearchServerTool
                        | SubagentServerToolOpenRouter
                        | WebFetchServerTool,
                        data,
                    )

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

            return tools

        def trace_(raw__: Any) -> Any:
            trace = TraceConfig.from_dict(raw__)

            return trace

        def transforms_(raw__: Any) -> Any:
            transforms = cast(list[str], raw__)

            return transforms

        def usage_(raw__: Any) -> Any:
            usage = ChatRequestUsage.from_dict(raw__)

            return usage

        return {
            "messages": messages_,
            "cache_control": cache_control_,
            "debug": debug_,
            "image_config": image_config_,
            "logit_bias": logit_bias_,
            "metadata": metadata_,
            "modalities": modalities_,
            "models": models_,
            "plugins": plugins_,
            "prediction": prediction_,
            "prompt_cache_options": prompt_cache_options_,
            "provider": provider_,
            "reasoning": reasoning_,
            "reasoning_effort": reasoning_effort_,
            "response_format": response_format_,
            "route": route_,
            "service_tier": service_tier_,
            "stop": stop_,
            "stop_server_tools_when": stop_server_tools_when_,
            "stream_options": stream_options_,
            "tool_choice": tool_choice_,
            "tools": tools_,
            "trace": trace_,
            "transforms": transforms_,
            "usage": usage_,
        }
