from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.fusion_call_panel_failed_event_type import (
        FusionCallPanelFailedEventType,
    )


@_attrs_define(slots=False, repr=False)
class FusionCallPanelFailedEvent(LazyModel):
    """Emitted when a fusion panel model fails.

    Example:
        {'error': 'Upstream provider error', 'item_id': 'st_fusion_abc', 'model': 'openai/gpt-5', 'output_index': 0,
            'sequence_number': 18, 'status_code': 502, 'type': 'response.fusion_call.panel.failed'}

    Attributes:
        error (str):
        item_id (str):
        model (str):
        output_index (int):
        sequence_number (int):
        type (FusionCallPanelFailedEventType):
        status_code (int | None):
    """

    error: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type: FusionCallPanelFailedEventType
    status_code: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error", "error"),
        ("item_id", "item_id"),
        ("model", "model"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
        ("status_code", "status_code"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
            "item_id",
            "model",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.fusion_call.panel.failed"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.fusion_call_panel_failed_event_type import (
            FusionCallPanelFailedEventType,
        )

        def type_(raw__: Any) -> Any:
            type = FusionCallPanelFailedEventType(raw__)

            return type

        return {
            "type": type_,
        }
