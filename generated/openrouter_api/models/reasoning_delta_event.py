from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.reasoning_delta_event_type import ReasoningDeltaEventType


@_attrs_define(slots=False, repr=False)
class ReasoningDeltaEvent(LazyModel):
    """Event emitted when reasoning text delta is streamed

    Example:
        {'content_index': 0, 'delta': 'First, we need', 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 4,
            'type': 'response.reasoning_text.delta'}

    Attributes:
        content_index (int):
        delta (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (ReasoningDeltaEventType):
    """

    content_index: int
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: ReasoningDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_index", "content_index"),
        ("delta", "delta"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content_index",
            "delta",
            "item_id",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.reasoning_text.delta"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.reasoning_delta_event_type import ReasoningDeltaEventType

        def type_(raw__: Any) -> Any:
            type = ReasoningDeltaEventType(raw__)

            return type

        return {
            "type": type_,
        }
