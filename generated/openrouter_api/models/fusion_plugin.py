from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.fusion_plugin_id import FusionPluginId
    from ..models.fusion_plugin_preset import FusionPluginPreset
    from ..models.fusion_plugin_tools_item import FusionPluginToolsItem


@_attrs_define(slots=False, repr=False)
class FusionPlugin(LazyModel):
    """
    Example:
        {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest'],
            'enabled': True, 'id': 'fusion', 'model': '~anthropic/claude-opus-latest'}

    Attributes:
        id (FusionPluginId):
        analysis_models (list[str] | None): Slugs of models to run in parallel as the "expert panel" the analyst
            analyzes. Each model receives the same user prompt with web_search + web_fetch enabled. Capped at 8 models to
            bound cost amplification. When omitted, defaults to the Quality preset from the /labs/fusion UI
            (~anthropic/claude-opus-latest, ~openai/gpt-latest, ~google/gemini-pro-latest). Example: ['~anthropic/claude-
            opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest'].
        enabled (bool | None): Set to false to disable the fusion plugin for this request. Defaults to true.
        max_tool_calls (int | None): Maximum number of tool-calling steps each panelist (analysis model) and the analyst
            model may take during their agentic web-research loop. Models with web_search/web_fetch enabled iterate until
            they produce a text response or hit this ceiling. Defaults to 4. Capped at 16. Example: 12.
        model (str | None): Slug of the model that performs both the analyst step (with web_search + web_fetch) and the
            final synthesis. When omitted, defaults to the first model in the Quality preset. Example: ~anthropic/claude-
            opus-latest.
        preset (FusionPluginPreset | None): A curated OpenRouter fusion preset (slugs follow `<task>-<tier>`, e.g.
            `general-high`). Expands server-side into the preset's analysis_models panel and analyst model, so callers never
            name individual models. Explicitly provided `analysis_models` / `model` take precedence. Example: general-high.
        tools (list[FusionPluginToolsItem] | None): Server tools available to panelist and analyst inner calls. Each
            entry uses the same `{ type, parameters? }` shorthand as the outer Chat Completions request. When omitted,
            defaults to `[{ type: "openrouter:web_search" }, { type: "openrouter:web_fetch" }]`. Pass an empty array to
            disable tools entirely (panelists answer from parametric knowledge only). Example: [{'parameters':
            {'excluded_domains': ['example.com']}, 'type': 'openrouter:web_search'}, {'type': 'openrouter:web_fetch'}].
    """

    id: FusionPluginId
    analysis_models: list[str] | None = ABSENT
    enabled: bool | None = ABSENT
    max_tool_calls: int | None = ABSENT
    model: str | None = ABSENT
    preset: FusionPluginPreset | None = ABSENT
    tools: list[FusionPluginToolsItem] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("analysis_models", "analysis_models"),
        ("enabled", "enabled"),
        ("max_tool_calls", "max_tool_calls"),
        ("model", "model"),
        ("preset", "preset"),
        ("tools", "tools"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("id", "fusion"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.fusion_plugin_id import FusionPluginId
        from ..models.fusion_plugin_preset import FusionPluginPreset
        from ..models.fusion_plugin_tools_item import FusionPluginToolsItem

        def id_(raw__: Any) -> Any:
            id = FusionPluginId(raw__)

            return id

        def analysis_models_(raw__: Any) -> Any:
            analysis_models = cast(list[str], raw__)

            return analysis_models

        def preset_(raw__: Any) -> Any:
            preset = FusionPluginPreset(raw__)

            return preset

        def tools_(raw__: Any) -> Any:
            tools = []
            _tools = raw__
            for tools_item_data in _tools:
                tools_item = FusionPluginToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

            return tools

        return {
            "id": id_,
            "analysis_models": analysis_models_,
            "preset": preset_,
            "tools": tools_,
        }
