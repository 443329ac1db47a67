from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.content_part_done_event_type import ContentPartDoneEventType
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.response_output_text import ResponseOutputText


@_attrs_define(slots=False, repr=False)
class ContentPartDoneEvent(LazyModel):
    """Event emitted when a content part is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'output_index': 0, 'part': {'annotations': [], 'text': 'Hello! How can
            I help you?', 'type': 'output_text'}, 'sequence_number': 7, 'type': 'response.content_part.done'}

    Attributes:
        content_index (int):
        item_id (str):
        output_index (int):
        part (OpenAIResponsesRefusalContent | ReasoningTextContent | ResponseOutputText):
        sequence_number (int):
        type (ContentPartDoneEventType):
    """

    content_index: int
    item_id: str
    output_index: int
    part: OpenAIResponsesRefusalContent | ReasoningTextContent | ResponseOutputText
    sequence_number: int
    type: ContentPartDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_index", "content_index"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("part", "part"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content_index",
            "item_id",
            "output_index",
            "part",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.content_part.done"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.content_part_done_event_type import ContentPartDoneEventType
        from ..models.open_ai_responses_refusal_content import (
            OpenAIResponsesRefusalContent,
        )
        from ..models.reasoning_text_content import ReasoningTextContent
        from ..models.response_output_text import ResponseOutputText

        def part_(raw__: Any) -> Any:
            def _parse_part(
                data: object,
            ) -> (
                OpenAIResponsesRefusalContent
                | ReasoningTextContent
                | ResponseOutputText
            ):
                if ResponseOutputText.accepts(data):
                    part_type_0 = ResponseOutputText.from_dict(data)

                    return part_type_0
                if ReasoningTextContent.accepts(data):
                    part_type_1 = ReasoningTextContent.from_dict(data)

                    return part_type_1
                if OpenAIResponsesRefusalContent.accepts(data):
                    part_type_2 = OpenAIResponsesRefusalContent.from_dict(data)

                    return part_type_2
                if ResponseOutputText.discriminated_by(data):
                    return ResponseOutputText.from_dict(data)
                if ReasoningTextContent.discriminated_by(data):
                    return ReasoningTextContent.from_dict(data)
                if OpenAIResponsesRefusalContent.discriminated_by(data):
                    return OpenAIResponsesRefusalContent.from_dict(data)
                return cast(
                    OpenAIResponsesRefusalContent
                    | ReasoningTextContent
                    | ResponseOutputText,
                    data,
                )

            part = _parse_part(raw__)

            return part

        def type_(raw__: Any) -> Any:
            type = ContentPartDoneEventType(raw__)

            return type

        return {
            "part": part_,
            "type": type_,
        }
