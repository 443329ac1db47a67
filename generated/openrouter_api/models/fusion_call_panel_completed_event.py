from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.fusion_call_panel_completed_event_type import (
        FusionCallPanelCompletedEventType,
    )


@_attrs_define(slots=False, repr=False)
class FusionCallPanelCompletedEvent(LazyModel):
    """Emitted when a fusion panel model finishes with its full content.

    Example:
        {'content': 'Full panel response text...', 'item_id': 'st_fusion_abc', 'model': 'openai/gpt-5', 'output_index':
            0, 'sequence_number': 20, 'type': 'response.fusion_call.panel.completed'}

    Attributes:
        content (str):
        item_id (str):
        model (str):
        output_index (int):
        sequence_number (int):
        type (FusionCallPanelCompletedEventType):
    """

    content: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type: FusionCallPanelCompletedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("item_id", "item_id"),
        ("model", "model"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "item_id",
            "model",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.fusion_call.panel.completed"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.fusion_call_panel_completed_event_type import (
            FusionCallPanelCompletedEventType,
        )

        def type_(raw__: Any) -> Any:
            type = FusionCallPanelCompletedEventType(raw__)

            return type

        return {
            "type": type_,
        }
