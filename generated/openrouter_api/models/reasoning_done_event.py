from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.reasoning_done_event_type import ReasoningDoneEventType


@_attrs_define(slots=False, repr=False)
class ReasoningDoneEvent(LazyModel):
    """Event emitted when reasoning text streaming is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 6, 'text': 'First, we need to
            identify the key components and then combine them logically.', 'type': 'response.reasoning_text.done'}

    Attributes:
        content_index (int):
        item_id (str):
        output_index (int):
        sequence_number (int):
        text (str):
        type (ReasoningDoneEventType):
    """

    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    text: str
    type: ReasoningDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_index", "content_index"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("text", "text"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content_index",
            "item_id",
            "output_index",
            "sequence_number",
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.reasoning_text.done"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.reasoning_done_event_type import ReasoningDoneEventType

        def type_(raw__: Any) -> Any:
            type = ReasoningDoneEventType(raw__)

            return type

        return {
            "type": type_,
        }
