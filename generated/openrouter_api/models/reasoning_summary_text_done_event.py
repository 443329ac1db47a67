from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.reasoning_summary_text_done_event_type import (
        ReasoningSummaryTextDoneEventType,
    )


@_attrs_define(slots=False, repr=False)
class ReasoningSummaryTextDoneEvent(LazyModel):
    """Event emitted when reasoning summary text streaming is complete

    Example:
        {'item_id': 'item-1', 'output_index': 0, 'sequence_number': 6, 'summary_index': 0, 'text': 'Analyzing the
            problem step by step to find the optimal solution.', 'type': 'response.reasoning_summary_text.done'}

    Attributes:
        item_id (str):
        output_index (int):
        sequence_number (int):
        summary_index (int):
        text (str):
        type (ReasoningSummaryTextDoneEventType):
    """

    item_id: str
    output_index: int
    sequence_number: int
    summary_index: int
    text: str
    type: ReasoningSummaryTextDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("summary_index", "summary_index"),
        ("text", "text"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "item_id",
            "output_index",
            "sequence_number",
            "summary_index",
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.reasoning_summary_text.done"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.reasoning_summary_text_done_event_type import (
            ReasoningSummaryTextDoneEventType,
        )

        def type_(raw__: Any) -> Any:
            type = ReasoningSummaryTextDoneEventType(raw__)

            return type

        return {
            "type": type_,
        }
