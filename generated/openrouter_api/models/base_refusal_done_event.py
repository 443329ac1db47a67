from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.base_refusal_done_event_type import BaseRefusalDoneEventType


@_attrs_define(slots=False, repr=False)
class BaseRefusalDoneEvent(LazyModel):
    """Event emitted when refusal streaming is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'output_index': 0, 'refusal': "I'm sorry, but I can't assist with that
            request.", 'sequence_number': 6, 'type': 'response.refusal.done'}

    Attributes:
        content_index (int):
        item_id (str):
        output_index (int):
        refusal (str):
        sequence_number (int):
        type (BaseRefusalDoneEventType):
    """

    content_index: int
    item_id: str
    output_index: int
    refusal: str
    sequence_number: int
    type: BaseRefusalDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_index", "content_index"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("refusal", "refusal"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content_index",
            "item_id",
            "output_index",
            "refusal",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.refusal.done"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.base_refusal_done_event_type import BaseRefusalDoneEventType

        def type_(raw__: Any) -> Any:
            type = BaseRefusalDoneEventType(raw__)

            return type

        return {
            "type": type_,
        }
