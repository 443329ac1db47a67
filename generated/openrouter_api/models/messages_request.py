from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_type import (
        AdditionalToolsItemToolsItemType,
    )
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_speed import AnthropicSpeed
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.anthropic_tool_search_tool_bm_25 import AnthropicToolSearchToolBm25
    from ..models.anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.deprecated_route import DeprecatedRoute
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.fusion_plugin import FusionPlugin
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.messages_fallback_param import MessagesFallbackParam
    from ..models.messages_message_param import MessagesMessageParam
    from ..models.messages_output_config import MessagesOutputConfig
    from ..models.messages_request_context_management import (
        MessagesRequestContextManagement,
    )
    from ..models.messages_request_metadata import MessagesRequestMetadata
    from ..models.messages_request_thinking_adaptive import (
        MessagesRequestThinkingAdaptive,
    )
    from ..models.messages_request_thinking_disabled import (
        MessagesRequestThinkingDisabled,
    )
    from ..models.messages_request_thinking_enabled import (
        MessagesRequestThinkingEnabled,
    )
    from ..models.messages_request_tool_choice_any import MessagesRequestToolChoiceAny
    from ..models.messages_request_tool_choice_auto import MessagesRequestToolChoiceAuto
    from ..models.messages_request_tool_choice_none import MessagesRequestToolChoiceNone
    from ..models.messages_request_tool_choice_tool import MessagesRequestToolChoiceTool
    from ..models.messages_request_tools_item_advisor_20260301 import (
        MessagesRequestToolsItemAdvisor20260301,
    )
    from ..models.messages_request_tools_item_bash_20250124 import (
        MessagesRequestToolsItemBash20250124,
    )
    from ..models.messages_request_tools_item_custom import (
        MessagesRequestToolsItemCustom,
    )
    from ..models.messages_request_tools_item_text_editor_20250124 import (
        MessagesRequestToolsItemTextEditor20250124,
    )
    from ..models.messages_request_tools_item_web_search_20250305 import (
        MessagesRequestToolsItemWebSearch20250305,
    )
    from ..models.messages_request_tools_item_web_search_20260209 import (
        MessagesRequestToolsItemWebSearch20260209,
    )
    from ..models.messages_search_models_server_tool import (
        MessagesSearchModelsServerTool,
    )
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.open_router_web_search_server_tool import (
        OpenRouterWebSearchServerTool,
    )
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.provider_preferences import ProviderPreferences
    from ..models.response_healing_plugin import ResponseHealingPlugin
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
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin


@_attrs_define(slots=False, repr=False)
class MessagesRequest(LazyModel):
    """Request schema for Anthropic Messages API endpoint

    Example:
        {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}], 'model':
            'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}

    Attributes:
        messages (list[MessagesMessageParam] | None):
        model (str):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        context_management (MessagesRequestContextManagement | None):
        fallbacks (list[MessagesFallbackParam] | None): Fallback models to try if the primary model fails or refuses, in
            order. Handled by OpenRouter multi-model routing rather than Anthropic server-side fallbacks; cannot be combined
            with `models`. Each entry accepts only `model`. Maximum of 3 entries. Example: [{'model': 'claude-opus-4-8'}].
        max_tokens (int | None):
        metadata (MessagesRequestMetadata | None):
        models (list[str] | None):
        output_config (MessagesOutputConfig | None): Configuration for controlling output behavior. Supports the effort
            parameter and structured output format. Example: {'effort': 'medium'}.
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | None): Plugins you want to enable for this request, including their settings.
        provider (ProviderPreferences | None):
        route (DeprecatedRoute | None):
        service_tier (str | None):
        session_id (str | None): A unique identifier for grouping related requests (e.g., a conversation or agent
            workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to
            the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the
            request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        speed (AnthropicSpeed | None): Controls output generation speed. When set to `fast`, uses a higher-speed
            inference configuration at premium pricing. Defaults to `standard` when omitted. Example: fast.
        stop_sequences (list[str] | None):
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | None): Stop
            conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this
            overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending
            tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-
            language answer instead of an unfinished tool call. Example: [{'step_count': 5, 'type': 'step_count_is'},
            {'max_cost_in_dollars': 0.5, 'type': 'max_cost'}].
        stream (bool | None):
        system (list[AnthropicTextBlockParam] | str | None):
        temperature (float | None):
        thinking (MessagesRequestThinkingAdaptive | MessagesRequestThinkingDisabled | MessagesRequestThinkingEnabled |
            None):
        tool_choice (MessagesRequestToolChoiceAny | MessagesRequestToolChoiceAuto | MessagesRequestToolChoiceNone |
            MessagesRequestToolChoiceTool | None):
        tools (list[AdditionalToolsItemToolsItemType | AnthropicToolSearchToolBm25 | AnthropicToolSearchToolRegex |
            BashServerTool | DatetimeServerTool | ImageGenerationServerToolOpenRouter |
            MessagesRequestToolsItemAdvisor20260301 | MessagesRequestToolsItemBash20250124 | MessagesRequestToolsItemCustom
            | MessagesRequestToolsItemTextEditor20250124 | MessagesRequestToolsItemWebSearch20250305 |
            MessagesRequestToolsItemWebSearch20260209 | MessagesSearchModelsServerTool | OpenRouterWebSearchServerTool |
            ShellServerToolOpenRouter | ToolSearchServerTool | WebFetchServerTool] | None):
        top_k (int | None):
        top_p (float | None):
        trace (TraceConfig | None): Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name,
            generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to
            configured broadcast destinations. Example: {'trace_id': 'trace-abc123', 'trace_name': 'my-app-trace'}.
        user (str | None): A unique identifier representing your end-user, which helps distinguish between different
            users of your app. This allows your app to identify specific users in case of abuse reports, preventing your
            entire app from being affected by the actions of individual users. Maximum of 256 characters.
    """

    messages: list[MessagesMessageParam] | None
    model: str
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    context_management: MessagesRequestContextManagement | None = ABSENT
    fallbacks: list[MessagesFallbackParam] | None = ABSENT
    max_tokens: int | None = ABSENT
    metadata: MessagesRequestMetadata | None = ABSENT
    models: list[str] | None = ABSENT
    output_config: MessagesOutputConfig | None = ABSENT
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
    provider: ProviderPreferences | None = ABSENT
    route: DeprecatedRoute | None = ABSENT
    service_tier: str | None = ABSENT
    session_id: str | None = ABSENT
    speed: AnthropicSpeed | None = ABSENT
    stop_sequences: list[str] | None = ABSENT
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
    stream: bool | None = ABSENT
    system: list[AnthropicTextBlockParam] | str | None = ABSENT
    temperature: float | None = ABSENT
    thinking: (
        MessagesRequestThinkingAdaptive
        | MessagesRequestThinkingDisabled
        | MessagesRequestThinkingEnabled
        | None
    ) = ABSENT
    tool_choice: (
        MessagesRequestToolChoiceAny
        | MessagesRequestToolChoiceAuto
        | MessagesRequestToolChoiceNone
        | MessagesRequestToolChoiceTool
        | None
    ) = ABSENT
    tools: (
        list[
            AdditionalToolsItemToolsItemType
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesRequestToolsItemAdvisor20260301
            | MessagesRequestToolsItemBash20250124
            | MessagesRequestToolsItemCustom
            | MessagesRequestToolsItemTextEditor20250124
            | MessagesRequestToolsItemWebSearch20250305
            | MessagesRequestToolsItemWebSearch20260209
            | MessagesSearchModelsServerTool
            | OpenRouterWebSearchServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | WebFetchServerTool
        ]
        | None
    ) = ABSENT
    top_k: int | None = ABSENT
    top_p: float | None = ABSENT
    trace: TraceConfig | None = ABSENT
    user: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("model", "model"),
        ("cache_control", "cache_control"),
        ("context_management", "context_management"),
        ("fallbacks", "fallbacks"),
        ("max_tokens", "max_tokens"),
        ("metadata", "metadata"),
        ("models", "models"),
        ("output_config", "output_config"),
        ("plugins", "plugins"),
        ("provider", "provider"),
        ("route", "route"),
        ("service_tier", "service_tier"),
        ("session_id", "session_id"),
        ("speed", "speed"),
        ("stop_sequences", "stop_sequences"),
        ("stop_server_tools_when", "stop_server_tools_when"),
        ("stream", "stream"),
        ("system", "system"),
        ("temperature", "temperature"),
        ("thinking", "thinking"),
        ("tool_choice", "tool_choice"),
        ("tools", "tools"),
        ("top_k", "top_k"),
        ("top_p", "top_p"),
        ("trace", "trace"),
        ("user", "user"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "messages",
            "model",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.additional_tools_item_tools_item_type import (
            AdditionalToolsItemToolsItemType,
        )
        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.anthropic_speed import AnthropicSpeed
        from ..models.anthropic_text_block_param import AnthropicTextBlockParam
        from ..models.anthropic_tool_search_tool_bm_25 import (
            AnthropicToolSearchToolBm25,
        )
        from ..models.anthropic_tool_search_tool_regex import (
            AnthropicToolSearchToolRegex,
        )
        from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
        from ..models.auto_router_plugin import AutoRouterPlugin
        from ..models.bash_server_tool import BashServerTool
        from ..models.context_compression_plugin import ContextCompressionPlugin
        from ..models.datetime_server_tool import DatetimeServerTool
        from ..models.deprecated_route import DeprecatedRoute
        from ..models.file_parser_plugin import FileParserPlugin
        from ..models.fusion_plugin import FusionPlugin
        from ..models.image_generation_server_tool_open_router import (
            ImageGenerationServerToolOpenRouter,
        )
        from ..models.messages_fallback_param import MessagesFallbackParam
        from ..models.messages_message_param import MessagesMessageParam
        from ..models.messages_output_config import MessagesOutputConfig
        from ..models.messages_request_context_management import (
            MessagesRequestContextManagement,
        )
        from ..models.messages_request_metadata import MessagesRequestMetadata
        from ..models.messages_request_thinking_adaptive import (
            MessagesRequestThinkingAdaptive,
        )
        from ..models.messages_request_thinking_disabled import (
            MessagesRequestThinkingDisabled,
        )
        from ..models.messages_request_thinking_enabled import (
            MessagesRequestThinkingEnabled,
        )
        from ..models.messages_request_tool_choice_any import (
            MessagesRequestToolChoiceAny,
        )
        from ..models.messages_request_tool_choice_auto import (
            MessagesRequestToolChoiceAuto,
        )
        from ..models.messages_request_tool_choice_none import (
            MessagesRequestToolChoiceNone,
        )
        from ..models.messages_request_tool_choice_tool import (
            MessagesRequestToolChoiceTool,
        )
        from ..models.messages_request_tools_item_advisor_20260301 import (
            MessagesRequestToolsItemAdvisor20260301,
        )
        from ..models.messages_request_tools_item_bash_20250124 import (
            MessagesRequestToolsItemBash20250124,
        )
        from ..models.messages_request_tools_item_custom import (
            MessagesRequestToolsItemCustom,
        )
        from ..models.messages_request_tools_item_text_editor_20250124 import (
            MessagesRequestToolsItemTextEditor20250124,
        )
        from ..models.messages_request_tools_item_web_search_20250305 import (
            MessagesRequestToolsItemWebSearch20250305,
        )
        from ..models.messages_request_tools_item_web_search_20260209 import (
            MessagesRequestToolsItemWebSearch20260209,
        )
        from ..models.messages_search_models_server_tool import (
            MessagesSearchModelsServerTool,
        )
        from ..models.moderation_plugin import ModerationPlugin
        from ..models.open_router_web_search_server_tool import (
            OpenRouterWebSearchServerTool,
        )
        from ..models.pareto_router_plugin import ParetoRouterPlugin
        from ..models.provider_preferences import ProviderPreferences
        from ..models.response_healing_plugin import ResponseHealingPlugin
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
        from ..models.tool_search_server_tool import ToolSearchServerTool
        from ..models.trace_config import TraceConfig
        from ..models.web_fetch_plugin import WebFetchPlugin
        from ..models.web_fetch_server_tool import WebFetchServerTool
        from ..models.web_search_plugin import WebSearchPlugin

        def messages_(raw__: Any) -> Any:
            def _parse_messages(data: object) -> list[MessagesMessageParam] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    messages_type_0 = []
                    _messages_type_0 = data
                    for messages_type_0_item_data in _messages_type_0:
                        messages_type_0_item = MessagesMessageParam.from_dict(
                            messages_type_0_item_data
                        )

                        messages_type_0.append(messages_type_0_item)

                    return messages_type_0
                return cast(list[MessagesMessageParam] | None, data)

            messages = _parse_messages(raw__)

            return messages

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def context_management_(raw__: Any) -> Any:
            def _parse_context_management(
                data: object,
            ) -> MessagesRequestContextManagement | None:
                if data is None:
                    return data
                if MessagesRequestContextManagement.accepts(data):
                    context_management_type_0 = (
                        MessagesRequestContextManagement.from_dict(data)
                    )

                    return context_management_type_0
                if MessagesRequestContextManagement.discriminated_by(data):
                    return MessagesRequestContextManagement.from_dict(data)
                return cast(MessagesRequestContextManagement | None, data)

            context_management = _parse_context_management(raw__)

            return context_management

        def fallbacks_(raw__: Any) -> Any:
            def _parse_fallbacks(data: object) -> list[MessagesFallbackParam] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    fallbacks_type_0 = []
                    _fallbacks_type_0 = data
                    for fallbacks_type_0_item_data in _fallbacks_type_0:
                        fallbacks_type_0_item = MessagesFallbackParam.from_dict(
                            fallbacks_type_0_item_data
                        )

                        fallbacks_type_0.append(fallbacks_type_0_item)

                    return fallbacks_type_0
                return cast(list[MessagesFallbackParam] | None, data)

            fallbacks = _parse_fallbacks(raw__)

            return fallbacks

        def metadata_(raw__: Any) -> Any:
            metadata = MessagesRequestMetadata.from_dict(raw__)

            return metadata

        def models_(raw__: Any) -> Any:
            models = cast(list[str], raw__)

            return models

        def output_config_(raw__: Any) -> Any:
            output_config = MessagesOutputConfig.from_dict(raw__)

            return output_config

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

        def speed_(raw__: Any) -> Any:
            def _parse_speed(data: object) -> AnthropicSpeed | None:
                if data is None:
                    return data
                if AnthropicSpeed.is_declared(data):
                    speed_type_0 = AnthropicSpeed(data)

                    return speed_type_0
                if isinstance(data, str):
                    return AnthropicSpeed(data)
                return cast(AnthropicSpeed | None, data)

            speed = _parse_speed(raw__)

            return speed

        def stop_sequences_(raw__: Any) -> Any:
            stop_sequences = cast(list[str], raw__)

            return stop_sequences

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

        def system_(raw__: Any) -> Any:
            def _parse_system(data: object) -> list[AnthropicTextBlockParam] | str:
                if isinstance(data, list):
                    system_type_1 = []
                    _system_type_1 = data
                    for system_type_1_item_data in _system_type_1:
                        system_type_1_item = AnthropicTextBlockParam.from_dict(
                            system_type_1_item_data
                        )

                        system_type_1.append(system_type_1_item)

                    return system_type_1
                return cast(list[AnthropicTextBlockParam] | str, data)

            system = _parse_system(raw__)

            return system

        def thinking_(raw__: Any) -> Any:
            def _parse_thinking(
                data: object,
            ) -> (
                MessagesRequestThinkingAdaptive
                | MessagesRequestThinkingDisabled
                | MessagesRequestThinkingEnabled
            ):
                if MessagesRequestThinkingEnabled.accepts(data):
                    thinking_type_0 = MessagesRequestThinkingEnabled.from_dict(data)

                    return thinking_type_0
                if MessagesRequestThinkingDisabled.accepts(data):
                    thinking_type_1 = MessagesRequestThinkingDisabled.from_dict(data)

                    return thinking_type_1
                if MessagesRequestThinkingAdaptive.accepts(data):
                    thinking_type_2 = MessagesRequestThinkingAdaptive.from_dict(data)

                    return thinking_type_2
                if MessagesRequestThinkingEnabled.discriminated_by(data):
                    return MessagesRequestThinkingEnabled.from_dict(data)
                if MessagesRequestThinkingDisabled.discriminated_by(data):
                    return MessagesRequestThinkingDisabled.from_dict(data)
                if MessagesRequestThinkingAdaptive.discriminated_by(data):
                    return MessagesRequestThinkingAdaptive.from_dict(data)
                return cast(
                    MessagesRequestThinkingAdaptive
                    | MessagesRequestThinkingDisabled
                    | MessagesRequestThinkingEnabled,
                    data,
                )

            thinking = _parse_thinking(raw__)

            return thinking

        def tool_choice_(raw__: Any) -> Any:
            def _parse_tool_choice(
                data: object,
            ) -> (
                MessagesRequestToolChoiceAny
                | MessagesRequestToolChoiceAuto
                | MessagesRequestToolChoiceNone
                | MessagesRequestToolChoiceTool
            ):
                if MessagesRequestToolChoiceAuto.accepts(data):
                    tool_choice_type_0 = MessagesRequestToolChoiceAuto.from_dict(data)

                    return tool_choice_type_0
                if MessagesRequestToolChoiceAny.accepts(data):
                    tool_choice_type_1 = MessagesRequestToolChoiceAny.from_dict(data)

                    return tool_choice_type_1
                if MessagesRequestToolChoiceNone.accepts(data):
                    tool_choice_type_2 = MessagesRequestToolChoiceNone.from_dict(data)

                    return tool_choice_type_2
                if MessagesRequestToolChoiceTool.accepts(data):
                    tool_choice_type_3 = MessagesRequestToolChoiceTool.from_dict(data)

                    return tool_choice_type_3
                if MessagesRequestToolChoiceAuto.discriminated_by(data):
                    return MessagesRequestToolChoiceAuto.from_dict(data)
                if MessagesRequestToolChoiceAny.discriminated_by(data):
                    return MessagesRequestToolChoiceAny.from_dict(data)
                if MessagesRequestToolChoiceNone.discriminated_by(data):
                    return MessagesRequestToolChoiceNone.from_dict(data)
                if MessagesRequestToolChoiceTool.discriminated_by(data):
                    return MessagesRequestToolChoiceTool.from_dict(data)
                return cast(
                    MessagesRequestToolChoiceAny
                    | MessagesRequestToolChoiceAuto
                    | MessagesRequestToolChoiceNone
                    | MessagesRequestToolChoiceTool,
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
                    AdditionalToolsItemToolsItemType
                    | AnthropicToolSearchToolBm25
                    | AnthropicToolSearchToolRegex
                    | BashServerTool
                    | DatetimeServerTool
                    | ImageGenerationServerToolOpenRouter
                    | MessagesRequestToolsItemAdvisor20260301
                    | MessagesRequestToolsItemBash20250124
                    | MessagesRequestToolsItemCustom
                    | MessagesRequestToolsItemTextEditor20250124
                    | MessagesRequestToolsItemWebSearch20250305
                    | MessagesRequestToolsItemWebSearch20260209
                    | MessagesSearchModelsServerTool
                    | OpenRouterWebSearchServerTool
                    | ShellServerToolOpenRouter
                    | ToolSearchServerTool
                    | WebFetchServerTool
                ):
                    if MessagesRequestToolsItemCustom.accepts(data):
                        tools_item_type_0 = MessagesRequestToolsItemCustom.from_dict(
                            data
                        )

                        return tools_item_type_0
                    if MessagesRequestToolsItemBash20250124.accepts(data):
                        tools_item_type_1 = (
                            MessagesRequestToolsItemBash20250124.from_dict(data)
                        )

                        return tools_item_type_1
                    if MessagesRequestToolsItemTextEditor20250124.accepts(data):
                        tools_item_type_2 = (
                            MessagesRequestToolsItemTextEditor20250124.from_dict(data)
                        )

                        return tools_item_type_2
                    if MessagesRequestToolsItemWebSearch20250305.accepts(data):
                        tools_item_type_3 = (
                            MessagesRequestToolsItemWebSearch20250305.from_dict(data)
                        )

                        return tools_item_type_3
                    if MessagesRequestToolsItemWebSearch20260209.accepts(data):
                        tools_item_type_4 = (
                            MessagesRequestToolsItemWebSearch20260209.from_dict(data)
                        )

                        return tools_item_type_4
                    if MessagesRequestToolsItemAdvisor20260301.accepts(data):
                        tools_item_type_5 = (
                            MessagesRequestToolsItemAdvisor20260301.from_dict(data)
                        )

                        return tools_item_type_5
                    if BashServerTool.accepts(data):
                        tools_item_type_6 = BashServerTool.from_dict(data)

                        return tools_item_type_6
                    if DatetimeServerTool.accepts(data):
                        tools_item_type_7 = DatetimeServerTool.from_dict(data)

                        return tools_item_type_7
                    if ImageGenerationServerToolOpenRouter.accepts(data):
                        tools_item_type_8 = (
                            ImageGenerationServerToolOpenRouter.from_dict(data)
                        )

                        return tools_item_type_8
                    if MessagesSearchModelsServerTool.accepts(data):
                        tools_item_type_9 = MessagesSearchModelsServerTool.from_dict(
                            data
                        )

                        return tools_item_type_9
                    if WebFetchServerTool.accepts(data):
                        tools_item_type_10 = WebFetchServerTool.from_dict(data)

                        return tools_item_type_10
                    if OpenRouterWebSearchServerTool.accepts(data):
                        tools_item_type_11 = OpenRouterWebSearchServerTool.from_dict(
                            data
                        )

                        return tools_item_type_11
                    if AdditionalToolsItemToolsItemType.accepts(data):
                        tools_item_type_12 = AdditionalToolsItemToolsItemType.from_dict(
                            data
                        )

                        return tools_item_type_12
                    if AnthropicToolSearchToolBm25.accepts(data):
                        tools_item_type_13 = AnthropicToolSearchToolBm25.from_dict(data)

                        return tools_item_type_13
                    if AnthropicToolSearchToolRegex.accepts(data):
                        tools_item_type_14 = AnthropicToolSearchToolRegex.from_dict(
                            data
                        )

                        return tools_item_type_14
                    if ShellServerToolOpenRouter.accepts(data):
                        tools_item_type_15 = ShellServerToolOpenRouter.from_dict(data)

                        return tools_item_type_15
                    if ToolSearchServerTool.accepts(data):
                        tools_item_type_16 = ToolSearchServerTool.from_dict(data)

                        return tools_item_type_16
                    if MessagesRequestToolsItemCustom.discriminated_by(data):
                        return MessagesRequestToolsItemCustom.from_dict(data)
                    if MessagesRequestToolsItemBash20250124.discriminated_by(data):
                        return MessagesRequestToolsItemBash20250124.from_dict(data)
                    if MessagesRequestToolsItemTextEditor20250124.discriminated_by(
                        data
                    ):
                        return MessagesRequestToolsItemTextEditor20250124.from_dict(
                            data
                        )
                    if MessagesRequestToolsItemWebSearch20250305.discriminated_by(data):
                        return MessagesRequestToolsItemWebSearch20250305.from_dict(data)
                    if MessagesRequestToolsItemWebSearch20260209.discriminated_by(data):
                        return MessagesRequestToolsItemWebSearch20260209.from_dict(data)
                    if MessagesRequestToolsItemAdvisor20260301.discriminated_by(data):
                        return MessagesRequestToolsItemAdvisor20260301.from_dict(data)
                    if BashServerTool.discriminated_by(data):
                        return BashServerTool.from_dict(data)
                    if DatetimeServerTool.discriminated_by(data):
                        return DatetimeServerTool.from_dict(data)
                    if ImageGenerationServerToolOpenRouter.discriminated_by(data):
                        return ImageGenerationServerToolOpenRouter.from_dict(data)
                    if MessagesSearchModelsServerTool.discriminated_by(data):
                        return MessagesSearchModelsServerTool.from_dict(data)
                    if WebFetchServerTool.discriminated_by(data):
                        return WebFetchServerTool.from_dict(data)
                    if OpenRouterWebSearchServerTool.discriminated_by(data):
                        return OpenRouterWebSearchServerTool.from_dict(data)
                    if AdditionalToolsItemToolsItemType.discriminated_by(data):
                        return AdditionalToolsItemToolsItemType.from_dict(data)
                    if AnthropicToolSearchToolBm25.discriminated_by(data):
                        return AnthropicToolSearchToolBm25.from_dict(data)
                    if AnthropicToolSearchToolRegex.discriminated_by(data):
                        return AnthropicToolSearchToolRegex.from_dict(data)
                    if ShellServerToolOpenRouter.discriminated_by(data):
                        return ShellServerToolOpenRouter.from_dict(data)
                    if ToolSearchServerTool.discriminated_by(data):
                        return ToolSearchServerTool.from_dict(data)
                    return cast(
                        AdditionalToolsItemToolsItemType
                        | AnthropicToolSearchToolBm25
                        | AnthropicToolSearchToolRegex
                        | BashServerTool
                        | DatetimeServerTool
                        | ImageGenerationServerToolOpenRouter
                        | MessagesRequestToolsItemAdvisor20260301
                        | MessagesRequestToolsItemBash20250124
                        | MessagesRequestToolsItemCustom
                        | MessagesRequestToolsItemTextEditor20250124
                        | MessagesRequestToolsItemWebSearch20250305
                        | MessagesRequestToolsItemWebSearch20260209
                        | MessagesSearchModelsServerTool
                        | OpenRouterWebSearchServerTool
                        | ShellServerToolOpenRouter
                        | ToolSearchServerTool
                        | WebFetchServerTool,
                        data,
                    )

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

            return tools

        def trace_(raw__: Any) -> Any:
            trace = TraceConfig.from_dict(raw__)

            return trace

        return {
            "messages": messages_,
            "cache_control": cache_control_,
            "context_management": context_management_,
            "fallbacks": fallbacks_,
            "metadata": metadata_,
            "models": models_,
            "output_config": output_config_,
            "plugins": plugins_,
            "provider": provider_,
            "route": route_,
            "speed": speed_,
            "stop_sequences": stop_sequences_,
            "stop_server_tools_when": stop_server_tools_when_,
            "system": system_,
            "thinking": thinking_,
            "tool_choice": tool_choice_,
            "tools": tools_,
            "trace": trace_,
        }
