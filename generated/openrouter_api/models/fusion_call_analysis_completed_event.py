from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.fusion_analysis_result import FusionAnalysisResult
    from ..models.fusion_call_analysis_completed_event_type import (
        FusionCallAnalysisCompletedEventType,
    )


@_attrs_define(slots=False, repr=False)
class FusionCallAnalysisCompletedEvent(LazyModel):
    """Emitted when the fusion analyst completes with the structured analysis.

    Example:
        {'analysis': {'blind_spots': [], 'consensus': [], 'contradictions': [], 'partial_coverage': [],
            'unique_insights': []}, 'item_id': 'st_fusion_abc', 'output_index': 0, 'sequence_number': 40, 'type':
            'response.fusion_call.analysis.completed'}

    Attributes:
        analysis (FusionAnalysisResult): Structured analysis produced by the fusion analyst model. Example:
            {'blind_spots': ['No model considered the impact on existing API consumers.'], 'consensus': ['All panel models
            agree the request is asking for a concise summary.'], 'contradictions': [{'stances': [{'model': 'openai/gpt-5',
            'stance': 'Favors an incremental rollout.'}, {'model': 'anthropic/claude-sonnet-4.5', 'stance': 'Favors a single
            coordinated migration.'}], 'topic': 'Recommended approach'}], 'partial_coverage': [{'models': ['openai/gpt-5'],
            'point': 'Only one model addressed the rollback strategy.'}], 'unique_insights': [{'insight': 'Highlighted a
            backwards-compatibility risk the other models missed.', 'model': 'anthropic/claude-sonnet-4.5'}]}.
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (FusionCallAnalysisCompletedEventType):
    """

    analysis: FusionAnalysisResult
    item_id: str
    output_index: int
    sequence_number: int
    type: FusionCallAnalysisCompletedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("analysis", "analysis"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "analysis",
            "item_id",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "analysis",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.fusion_call.analysis.completed"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.fusion_analysis_result import FusionAnalysisResult
        from ..models.fusion_call_analysis_completed_event_type import (
            FusionCallAnalysisCompletedEventType,
        )

        def analysis_(raw__: Any) -> Any:
            analysis = FusionAnalysisResult.from_dict(raw__)

            return analysis

        def type_(raw__: Any) -> Any:
            type = FusionCallAnalysisCompletedEventType(raw__)

            return type

        return {
            "analysis": analysis_,
            "type": type_,
        }
