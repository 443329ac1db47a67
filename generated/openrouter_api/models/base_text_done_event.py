from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.base_text_done_event_type import BaseTextDoneEventType
    from ..models.open_responses_log_probs import OpenResponsesLogProbs


@_attrs_define(slots=False, repr=False)
class BaseTextDoneEvent(LazyModel):
    """Event emitted when text streaming is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'logprobs': [], 'output_index': 0, 'sequence_number': 6, 'text':
            'Hello! How can I help you?', 'type': 'response.output_text.done'}

    Attributes:
        content_index (int):
        item_id (str):
        logprobs (list[OpenResponsesLogProbs]):
        output_index (int):
        sequence_number (int):
        text (str):
        type (BaseTextDoneEventType):
    """

    content_index: int
    item_id: str
    logprobs: list[OpenResponsesLogProbs]
    output_index: int
    sequence_number: int
    text: str
    type: BaseTextDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_index", "content_index"),
        ("item_id", "item_id"),
        ("logprobs", "logprobs"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("text", "text"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content_index",
            "item_id",
            "logprobs",
            "output_index",
            "sequence_number",
            "text",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "logprobs",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.output_text.done"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.base_text_done_event_type import BaseTextDoneEventType
        from ..models.open_responses_log_probs import OpenResponsesLogProbs

        def logprobs_(raw__: Any) -> Any:
            logprobs = []
            _logprobs = raw__
            for logprobs_item_data in _logprobs:
                logprobs_item = OpenResponsesLogProbs.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

            return logprobs

        def type_(raw__: Any) -> Any:
            type = BaseTextDoneEventType(raw__)

            return type

        return {
            "logprobs": logprobs_,
            "type": type_,
        }
