from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.fusion_analysis_result import FusionAnalysisResult
    from ..models.fusion_source import FusionSource
    from ..models.output_fusion_server_tool_item_failed_models_item import (
        OutputFusionServerToolItemFailedModelsItem,
    )
    from ..models.output_fusion_server_tool_item_responses_item import (
        OutputFusionServerToolItemResponsesItem,
    )
    from ..models.output_fusion_server_tool_item_type import (
        OutputFusionServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputFusionServerToolItem(LazyModel):
    """An openrouter:fusion server tool output item

    Example:
        {'id': 'st_tmp_abc123', 'status': 'completed', 'type': 'openrouter:fusion'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputFusionServerToolItemType):
        analysis (FusionAnalysisResult | None): Structured analysis produced by the fusion analyst model. Example:
            {'blind_spots': ['No model considered the impact on existing API consumers.'], 'consensus': ['All panel models
            agree the request is asking for a concise summary.'], 'contradictions': [{'stances': [{'model': 'openai/gpt-5',
            'stance': 'Favors an incremental rollout.'}, {'model': 'anthropic/claude-sonnet-4.5', 'stance': 'Favors a single
            coordinated migration.'}], 'topic': 'Recommended approach'}], 'partial_coverage': [{'models': ['openai/gpt-5'],
            'point': 'Only one model addressed the rollback strategy.'}], 'unique_insights': [{'insight': 'Highlighted a
            backwards-compatibility risk the other models missed.', 'model': 'anthropic/claude-sonnet-4.5'}]}.
        error (str | None): Error message when the fusion run did not produce an analysis result.
        failed_models (list[OutputFusionServerToolItemFailedModelsItem] | None): Models that were requested as part of
            the analysis panel but did not produce a response. Present when at least one requested analysis model failed.
            The fusion result is still usable but was produced from a degraded panel.
        failure_reason (str | None): Typed failure reason when the fusion run failed. Possible values include:
            all_panels_failed, insufficient_credits, rate_limited, invalid_model, judge_not_valid_json,
            judge_schema_mismatch, judge_upstream_error, judge_empty_completion. The four analysis-stage codes keep their
            pre-rename `judge_` spelling so existing consumers keep matching. The consumer-cancellation code is `cancelled`.
        id (str | None):
        responses (list[OutputFusionServerToolItemResponsesItem] | None): Analysis models that produced a response in
            this fusion run, with each model's full panel content.
        sources (list[FusionSource] | None): Web pages the analysis panels and analyst retrieved via web search during
            this fusion run, deduplicated by URL across the whole run. Present when at least one model cited a source.
    """

    status: ToolCallStatus
    type: OutputFusionServerToolItemType
    analysis: FusionAnalysisResult | None = ABSENT
    error: str | None = ABSENT
    failed_models: list[OutputFusionServerToolItemFailedModelsItem] | None = ABSENT
    failure_reason: str | None = ABSENT
    id: str | None = ABSENT
    responses: list[OutputFusionServerToolItemResponsesItem] | None = ABSENT
    sources: list[FusionSource] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("analysis", "analysis"),
        ("error", "error"),
        ("failed_models", "failed_models"),
        ("failure_reason", "failure_reason"),
        ("id", "id"),
        ("responses", "responses"),
        ("sources", "sources"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:fusion"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.fusion_analysis_result import FusionAnalysisResult
        from ..models.fusion_source import FusionSource
        from ..models.output_fusion_server_tool_item_failed_models_item import (
            OutputFusionServerToolItemFailedModelsItem,
        )
        from ..models.output_fusion_server_tool_item_responses_item import (
            OutputFusionServerToolItemResponsesItem,
        )
        from ..models.output_fusion_server_tool_item_type import (
            OutputFusionServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputFusionServerToolItemType(raw__)

            return type

        def analysis_(raw__: Any) -> Any:
            analysis = FusionAnalysisResult.from_dict(raw__)

            return analysis

        def failed_models_(raw__: Any) -> Any:
            failed_models = []
            _failed_models = raw__
            for failed_models_item_data in _failed_models:
                failed_models_item = (
                    OutputFusionServerToolItemFailedModelsItem.from_dict(
                        failed_models_item_data
                    )
                )

                failed_models.append(failed_models_item)

            return failed_models

        def responses_(raw__: Any) -> Any:
            responses = []
            _responses = raw__
            for responses_item_data in _responses:
                responses_item = OutputFusionServerToolItemResponsesItem.from_dict(
                    responses_item_data
                )

                responses.append(responses_item)

            return responses

        def sources_(raw__: Any) -> Any:
            sources = []
            _sources = raw__
            for sources_item_data in _sources:
                sources_item = FusionSource.from_dict(sources_item_data)

                sources.append(sources_item)

            return sources

        return {
            "status": status_,
            "type": type_,
            "analysis": analysis_,
            "failed_models": failed_models_,
            "responses": responses_,
            "sources": sources_,
        }
