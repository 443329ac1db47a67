from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_ai_responses_web_search_call_searching_type import (
        OpenAIResponsesWebSearchCallSearchingType,
    )


@_attrs_define(slots=False, repr=False)
class OpenAIResponsesWebSearchCallSearching(LazyModel):
    """
    Example:
        {'item_id': 'ws_abc123', 'output_index': 0, 'sequence_number': 2, 'type': 'response.web_search_call.searching'}

    Attributes:
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (OpenAIResponsesWebSearchCallSearchingType):
    """

    item_id: str
    output_index: int
    sequence_number: int
    type: OpenAIResponsesWebSearchCallSearchingType
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
        ("type", "response.web_search_call.searching"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.open_ai_responses_web_search_call_searching_type import (
            OpenAIResponsesWebSearchCallSearchingType,
        )

        def type_(raw__: Any) -> Any:
            type = OpenAIResponsesWebSearchCallSearchingType(raw__)

            return type

        return {
            "type": type_,
        }
