from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.base_reasoning_summary_part_done_event_type import (
        BaseReasoningSummaryPartDoneEventType,
    )
    from ..models.reasoning_summary_text import ReasoningSummaryText


@_attrs_define(slots=False, repr=False)
class BaseReasoningSummaryPartDoneEvent(LazyModel):
    """Event emitted when a reasoning summary part is complete

    Example:
        {'item_id': 'item-1', 'output_index': 0, 'part': {'text': 'Analyzing the problem step by step to find the
            optimal solution.', 'type': 'summary_text'}, 'sequence_number': 7, 'summary_index': 0, 'type':
            'response.reasoning_summary_part.done'}

    Attributes:
        item_id (str):
        output_index (int):
        part (ReasoningSummaryText):  Example: {'text': 'Analyzed the problem using first principles', 'type':
            'summary_text'}.
        sequence_number (int):
        summary_index (int):
        type (BaseReasoningSummaryPartDoneEventType):
    """

    item_id: str
    output_index: int
    part: ReasoningSummaryText
    sequence_number: int
    summary_index: int
    type: BaseReasoningSummaryPartDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("part", "part"),
        ("sequence_number", "sequence_number"),
        ("summary_index", "summary_index"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "item_id",
            "output_index",
            "part",
            "sequence_number",
            "summary_index",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "part",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.reasoning_summary_part.done"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.base_reasoning_summary_part_done_event_type import (
            BaseReasoningSummaryPartDoneEventType,
        )
        from ..models.reasoning_summary_text import ReasoningSummaryText

        def part_(raw__: Any) -> Any:
            part = ReasoningSummaryText.from_dict(raw__)

            return part

        def type_(raw__: Any) -> Any:
            type = BaseReasoningSummaryPartDoneEventType(raw__)

            return type

        return {
            "part": part_,
            "type": type_,
        }
