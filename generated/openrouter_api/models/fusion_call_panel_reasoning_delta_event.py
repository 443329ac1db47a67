from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.fusion_call_panel_reasoning_delta_event_type import (
        FusionCallPanelReasoningDeltaEventType,
    )


@_attrs_define(slots=False, repr=False)
class FusionCallPanelReasoningDeltaEvent(LazyModel):
    """Incremental reasoning token from a fusion panel model.

    Example:
        {'delta': 'Considering both sides', 'item_id': 'st_fusion_abc', 'model': 'openai/gpt-5', 'output_index': 0,
            'sequence_number': 6, 'type': 'response.fusion_call.panel.reasoning.delta'}

    Attributes:
        delta (str):
        item_id (str):
        model (str):
        output_index (int):
        sequence_number (int):
        type (FusionCallPanelReasoningDeltaEventType):
    """

    delta: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type: FusionCallPanelReasoningDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("item_id", "item_id"),
        ("model", "model"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "delta",
            "item_id",
            "model",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.fusion_call.panel.reasoning.delta"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.fusion_call_panel_reasoning_delta_event_type import (
            FusionCallPanelReasoningDeltaEventType,
        )

        def type_(raw__: Any) -> Any:
            type = FusionCallPanelReasoningDeltaEventType(raw__)

            return type

        return {
            "type": type_,
        }
