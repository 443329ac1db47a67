from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.refusal_delta_event_type import RefusalDeltaEventType


@_attrs_define(slots=False, repr=False)
class RefusalDeltaEvent(LazyModel):
    """Event emitted when a refusal delta is streamed

    Example:
        {'content_index': 0, 'delta': "I'm sorry", 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 4, 'type':
            'response.refusal.delta'}

    Attributes:
        content_index (int):
        delta (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (RefusalDeltaEventType):
    """

    content_index: int
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: RefusalDeltaEventType
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
        ("type", "response.refusal.delta"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.refusal_delta_event_type import RefusalDeltaEventType

        def type_(raw__: Any) -> Any:
            type = RefusalDeltaEventType(raw__)

            return type

        return {
            "type": type_,
        }
