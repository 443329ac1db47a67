from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.fusion_analysis_result_contradictions_item import (
        FusionAnalysisResultContradictionsItem,
    )
    from ..models.fusion_analysis_result_partial_coverage_item import (
        FusionAnalysisResultPartialCoverageItem,
    )
    from ..models.fusion_analysis_result_unique_insights_item import (
        FusionAnalysisResultUniqueInsightsItem,
    )


@_attrs_define(slots=False, repr=False)
class FusionAnalysisResult(LazyModel):
    """Structured analysis produced by the fusion analyst model.

    Example:
        {'blind_spots': ['No model considered the impact on existing API consumers.'], 'consensus': ['All panel models
            agree the request is asking for a concise summary.'], 'contradictions': [{'stances': [{'model': 'openai/gpt-5',
            'stance': 'Favors an incremental rollout.'}, {'model': 'anthropic/claude-sonnet-4.5', 'stance': 'Favors a single
            coordinated migration.'}], 'topic': 'Recommended approach'}], 'partial_coverage': [{'models': ['openai/gpt-5'],
            'point': 'Only one model addressed the rollback strategy.'}], 'unique_insights': [{'insight': 'Highlighted a
            backwards-compatibility risk the other models missed.', 'model': 'anthropic/claude-sonnet-4.5'}]}

    Attributes:
        blind_spots (list[str]):
        consensus (list[str]):
        contradictions (list[FusionAnalysisResultContradictionsItem]):
        partial_coverage (list[FusionAnalysisResultPartialCoverageItem]):
        unique_insights (list[FusionAnalysisResultUniqueInsightsItem]):
    """

    blind_spots: list[str]
    consensus: list[str]
    contradictions: list[FusionAnalysisResultContradictionsItem]
    partial_coverage: list[FusionAnalysisResultPartialCoverageItem]
    unique_insights: list[FusionAnalysisResultUniqueInsightsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("blind_spots", "blind_spots"),
        ("consensus", "consensus"),
        ("contradictions", "contradictions"),
        ("partial_coverage", "partial_coverage"),
        ("unique_insights", "unique_insights"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "blind_spots",
            "consensus",
            "contradictions",
            "partial_coverage",
            "unique_insights",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "blind_spots",
            "consensus",
            "contradictions",
            "partial_coverage",
            "unique_insights",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.fusion_analysis_result_contradictions_item import (
            FusionAnalysisResultContradictionsItem,
        )
        from ..models.fusion_analysis_result_partial_coverage_item import (
            FusionAnalysisResultPartialCoverageItem,
        )
        from ..models.fusion_analysis_result_unique_insights_item import (
            FusionAnalysisResultUniqueInsightsItem,
        )

        def blind_spots_(raw__: Any) -> Any:
            blind_spots = cast(list[str], raw__)

            return blind_spots

        def consensus_(raw__: Any) -> Any:
            consensus = cast(list[str], raw__)

            return consensus

        def contradictions_(raw__: Any) -> Any:
            contradictions = []
            _contradictions = raw__
            for contradictions_item_data in _contradictions:
                contradictions_item = FusionAnalysisResultContradictionsItem.from_dict(
                    contradictions_item_data
                )

                contradictions.append(contradictions_item)

            return contradictions

        def partial_coverage_(raw__: Any) -> Any:
            partial_coverage = []
            _partial_coverage = raw__
            for partial_coverage_item_data in _partial_coverage:
                partial_coverage_item = (
                    FusionAnalysisResultPartialCoverageItem.from_dict(
                        partial_coverage_item_data
                    )
                )

                partial_coverage.append(partial_coverage_item)

            return partial_coverage

        def unique_insights_(raw__: Any) -> Any:
            unique_insights = []
            _unique_insights = raw__
            for unique_insights_item_data in _unique_insights:
                unique_insights_item = FusionAnalysisResultUniqueInsightsItem.from_dict(
                    unique_insights_item_data
                )

                unique_insights.append(unique_insights_item)

            return unique_insights

        return {
            "blind_spots": blind_spots_,
            "consensus": consensus_,
            "contradictions": contradictions_,
            "partial_coverage": partial_coverage_,
            "unique_insights": unique_insights_,
        }
