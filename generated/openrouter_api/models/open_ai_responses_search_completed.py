from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_ai_responses_search_completed_type import (
        OpenAIResponsesSearchCompletedType,
    )


@_attrs_define(slots=False, repr=False)
class OpenAIResponsesSearchCompleted(LazyModel):
    """
    Example:
        {'item_id': 'ws_abc123', 'output_index': 0, 'sequence_number': 5, 'type': 'response.web_search_call.completed'}

    Attributes:
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (OpenAIResponsesSearchCompletedType):
    """

    item_id: str
    output_index: int
    sequence_number: int
    type: OpenAIResponsesSearchCompletedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "item_id",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.web_search_call.completed"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.open_ai_responses_search_completed_type import (
            OpenAIResponsesSearchCompletedType,
        )

        def type_(raw__: Any) -> Any:
            type = OpenAIResponsesSearchCompletedType(raw__)

            return type

        return {
            "type": type_,
        }
