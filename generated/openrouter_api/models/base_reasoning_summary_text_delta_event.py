from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.base_reasoning_summary_text_delta_event_type import (
        BaseReasoningSummaryTextDeltaEventType,
    )


@_attrs_define(slots=False, repr=False)
class BaseReasoningSummaryTextDeltaEvent(LazyModel):
    """Event emitted when reasoning summary text delta is streamed

    Example:
        {'delta': 'Analyzing', 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 4, 'summary_index': 0, 'type':
            'response.reasoning_summary_text.delta'}

    Attributes:
        delta (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        summary_index (int):
        type (BaseReasoningSummaryTextDeltaEventType):
    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    summary_index: int
    type: BaseReasoningSummaryTextDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("summary_index", "summary_index"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "delta",
            "item_id",
            "output_index",
            "sequence_number",
            "summary_index",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.reasoning_summary_text.delta"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.base_reasoning_summary_text_delta_event_type import (
            BaseReasoningSummaryTextDeltaEventType,
        )

        def type_(raw__: Any) -> Any:
            type = BaseReasoningSummaryTextDeltaEventType(raw__)

            return type

        return {
            "type": type_,
        }
