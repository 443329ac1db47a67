from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.fusion_server_tool_config_reasoning import (
        FusionServerToolConfigReasoning,
    )
    from ..models.fusion_server_tool_config_tools_item import (
        FusionServerToolConfigToolsItem,
    )


@_attrs_define(slots=False, repr=False)
class FusionServerToolConfig(LazyModel):
    """Configuration for the openrouter:fusion server tool.

    Example:
        {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest']}

    Attributes:
        analysis_models (list[str] | None): Slugs of models to run in parallel as the analysis panel. Each model
            receives the user prompt with openrouter:web_search and openrouter:web_fetch enabled, then an analyst model
            summarizes the collective output into structured analysis JSON. Capped at 8 models to bound cost amplification.
            Defaults to the Quality preset from /labs/fusion. Example: ['~anthropic/claude-opus-latest', '~openai/gpt-
            latest', '~google/gemini-pro-latest'].
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        max_completion_tokens (int | None): Maximum number of output tokens (including reasoning tokens) each panelist
            and the analyst model may produce per inner call. Controls the total output budget so reasoning-heavy models
            like GPT-5.5 do not exhaust their token allowance before producing visible text. Defaults to 16000 when omitted.
            Example: 16384.
        max_tool_calls (int | None): Maximum number of tool-calling steps each panelist (analysis model) and the analyst
            model may take during their agentic web-research loop. Models with web_search/web_fetch enabled iterate until
            they produce a text response or hit this ceiling. Defaults to 4. Capped at 16. Example: 12.
        model (str | None): Slug of the analyst model that produces the structured analysis JSON. Defaults to the model
            used in the outer API request. Example: ~anthropic/claude-opus-latest.
        reasoning (FusionServerToolConfigReasoning | None): Reasoning configuration forwarded to panelist and analyst
            inner calls. Use this to control reasoning effort and token budget for models that support extended thinking.
        temperature (float | None): Temperature forwarded to panelist inner calls. The analyst always runs at
            temperature 0 regardless of this value. When omitted, the provider's default applies. Example: 0.7.
        tools (list[FusionServerToolConfigToolsItem] | None): Server tools available to panelist and analyst inner
            calls. Each entry uses the same `{ type, parameters? }` shorthand as the outer Chat Completions request. When
            omitted, defaults to `[{ type: "openrouter:web_search" }, { type: "openrouter:web_fetch" }]`. Pass an empty
            array to disable tools entirely (panelists answer from parametric knowledge only). Example: [{'parameters':
            {'excluded_domains': ['example.com']}, 'type': 'openrouter:web_search'}, {'type': 'openrouter:web_fetch'}].
    """

    analysis_models: list[str] | None = ABSENT
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    max_completion_tokens: int | None = ABSENT
    max_tool_calls: int | None = ABSENT
    model: str | None = ABSENT
    reasoning: FusionServerToolConfigReasoning | None = ABSENT
    temperature: float | None = ABSENT
    tools: list[FusionServerToolConfigToolsItem] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("analysis_models", "analysis_models"),
        ("cache_control", "cache_control"),
        ("max_completion_tokens", "max_completion_tokens"),
        ("max_tool_calls", "max_tool_calls"),
        ("model", "model"),
        ("reasoning", "reasoning"),
        ("temperature", "temperature"),
        ("tools", "tools"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.fusion_server_tool_config_reasoning import (
            FusionServerToolConfigReasoning,
        )
        from ..models.fusion_server_tool_config_tools_item import (
            FusionServerToolConfigToolsItem,
        )

        def analysis_models_(raw__: Any) -> Any:
            analysis_models = cast(list[str], raw__)

            return analysis_models

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def reasoning_(raw__: Any) -> Any:
            reasoning = FusionServerToolConfigReasoning.from_dict(raw__)

            return reasoning

        def tools_(raw__: Any) -> Any:
            tools = []
            _tools = raw__
            for tools_item_data in _tools:
                tools_item = FusionServerToolConfigToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

            return tools

        return {
            "analysis_models": analysis_models_,
            "cache_control": cache_control_,
            "reasoning": reasoning_,
            "tools": tools_,
        }
