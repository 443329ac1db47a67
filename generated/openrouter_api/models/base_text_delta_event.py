from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.base_text_delta_event_type import BaseTextDeltaEventType
    from ..models.open_responses_log_probs import OpenResponsesLogProbs


@_attrs_define(slots=False, repr=False)
class BaseTextDeltaEvent(LazyModel):
    """Event emitted when a text delta is streamed

    Example:
        {'content_index': 0, 'delta': 'Hello', 'item_id': 'item-1', 'logprobs': [], 'output_index': 0,
            'sequence_number': 4, 'type': 'response.output_text.delta'}

    Attributes:
        content_index (int):
        delta (str):
        item_id (str):
        logprobs (list[OpenResponsesLogProbs]):
        output_index (int):
        sequence_number (int):
        type (BaseTextDeltaEventType):
    """

    content_index: int
    delta: str
    item_id: str
    logprobs: list[OpenResponsesLogProbs]
    output_index: int
    sequence_number: int
    type: BaseTextDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_index", "content_index"),
        ("delta", "delta"),
        ("item_id", "item_id"),
        ("logprobs", "logprobs"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content_index",
            "delta",
            "item_id",
            "logprobs",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "logprobs",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.output_text.delta"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.base_text_delta_event_type import BaseTextDeltaEventType
        from ..models.open_responses_log_probs import OpenResponsesLogProbs

        def logprobs_(raw__: Any) -> Any:
            logprobs = []
            _logprobs = raw__
            for logprobs_item_data in _logprobs:
                logprobs_item = OpenResponsesLogProbs.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

            return logprobs

        def type_(raw__: Any) -> Any:
            type = BaseTextDeltaEventType(raw__)

            return type

        return {
            "logprobs": logprobs_,
            "type": type_,
        }
