from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.fusion_call_analysis_in_progress_event_type import (
        FusionCallAnalysisInProgressEventType,
    )


@_attrs_define(slots=False, repr=False)
class FusionCallAnalysisInProgressEvent(LazyModel):
    """Emitted when the fusion analyst starts producing the structured analysis.

    Example:
        {'analyst_model': 'openai/gpt-5', 'item_id': 'st_fusion_abc', 'judge_model': 'openai/gpt-5', 'output_index': 0,
            'sequence_number': 25, 'type': 'response.fusion_call.analysis.in_progress'}

    Attributes:
        analyst_model (str): Slug of the model producing the structured analysis.
        item_id (str):
        judge_model (str): Deprecated alias of `analyst_model`, kept so existing consumers keep working. Always carries
            the same value. Use `analyst_model`.
        output_index (int):
        sequence_number (int):
        type (FusionCallAnalysisInProgressEventType):
    """

    analyst_model: str
    item_id: str
    judge_model: str
    output_index: int
    sequence_number: int
    type: FusionCallAnalysisInProgressEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("analyst_model", "analyst_model"),
        ("item_id", "item_id"),
        ("judge_model", "judge_model"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "analyst_model",
            "item_id",
            "judge_model",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.fusion_call.analysis.in_progress"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.fusion_call_analysis_in_progress_event_type import (
            FusionCallAnalysisInProgressEventType,
        )

        def type_(raw__: Any) -> Any:
            type = FusionCallAnalysisInProgressEventType(raw__)

            return type

        return {
            "type": type_,
        }
