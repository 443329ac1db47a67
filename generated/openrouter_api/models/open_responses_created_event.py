from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_responses_created_event_type import OpenResponsesCreatedEventType
    from ..models.open_responses_result import OpenResponsesResult


@_attrs_define(slots=False, repr=False)
class OpenResponsesCreatedEvent(LazyModel):
    """Event emitted when a response is created

    Example:
        {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id':
            'resp-abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None,
            'model': 'gpt-4', 'object': 'response', 'output': [], 'parallel_tool_calls': True, 'presence_penalty': None,
            'status': 'in_progress', 'temperature': None, 'tool_choice': 'auto', 'tools': [], 'top_p': None},
            'sequence_number': 0, 'type': 'response.created'}

    Attributes:
        response (OpenResponsesResult): Complete non-streaming response from the Responses API Example: {'completed_at':
            1704067210, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id': 'resp-abc123',
            'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None, 'model': 'gpt-4',
            'object': 'response', 'output': [{'content': [{'annotations': [], 'text': 'Hello! How can I help you today?',
            'type': 'output_text'}], 'id': 'msg-abc123', 'role': 'assistant', 'status': 'completed', 'type': 'message'}],
            'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'completed', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None, 'usage': {'input_tokens': 10, 'input_tokens_details':
            {'cached_tokens': 0}, 'output_tokens': 25, 'output_tokens_details': {'reasoning_tokens': 0}, 'total_tokens':
            35}}.
        sequence_number (int):
        type (OpenResponsesCreatedEventType):
    """

    response: OpenResponsesResult
    sequence_number: int
    type: OpenResponsesCreatedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("response", "response"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "response",
            "sequence_number",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "response",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "response.created"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.open_responses_created_event_type import (
            OpenResponsesCreatedEventType,
        )
        from ..models.open_responses_result import OpenResponsesResult

        def response_(raw__: Any) -> Any:
            response = OpenResponsesResult.from_dict(raw__)

            return response

        def type_(raw__: Any) -> Any:
            type = OpenResponsesCreatedEventType(raw__)

            return type

        return {
            "response": response_,
            "type": type_,
        }
