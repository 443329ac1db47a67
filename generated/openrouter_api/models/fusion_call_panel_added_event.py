from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.fusion_call_panel_added_event_type import (
        FusionCallPanelAddedEventType,
    )


@_attrs_define(slots=False, repr=False)
class FusionCallPanelAddedEvent(LazyModel):
    """Emitted when a fusion analysis-panel model starts.

    Example:
        {'item_id': 'st_fusion_abc', 'model': 'openai/gpt-5', 'output_index': 0, 'sequence_number': 4, 'type':
            'response.fusion_call.panel.added'}

    Attributes:
        item_id (str):
        model (str):
        output_index (int):
        sequence_number (int):
        type (FusionCallPanelAddedEventType):
    """

    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type: FusionCallPanelAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "item_id"),
        ("model", "model"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "item_id",
            "model",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.fusion_call.panel.added"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.fusion_call_panel_added_event_type import (
            FusionCallPanelAddedEventType,
        )

        def type_(raw__: Any) -> Any:
            type = FusionCallPanelAddedEventType(raw__)

            return type

        return {
            "type": type_,
        }
