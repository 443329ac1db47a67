from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.base_responses_result import BaseResponsesResult
    from ..models.incomplete_event_type import IncompleteEventType


@_attrs_define(slots=False, repr=False)
class IncompleteEvent(LazyModel):
    """Event emitted when a response is incomplete

    Example:
        {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id':
            'resp-abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None,
            'model': 'gpt-4', 'object': 'response', 'output': [], 'parallel_tool_calls': True, 'presence_penalty': None,
            'status': 'incomplete', 'temperature': None, 'tool_choice': 'auto', 'tools': [], 'top_p': None},
            'sequence_number': 5, 'type': 'response.incomplete'}

    Attributes:
        response (BaseResponsesResult):  Example: {'completed_at': 1704067210, 'created_at': 1704067200, 'error': None,
            'frequency_penalty': None, 'id': 'resp-abc123', 'incomplete_details': None, 'instructions': None,
            'max_output_tokens': None, 'metadata': None, 'model': 'gpt-4', 'object': 'response', 'output': [],
            'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'completed', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None}.
        sequence_number (int):
        type (IncompleteEventType):
    """

    response: BaseResponsesResult
    sequence_number: int
    type: IncompleteEventType
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "response.incomplete"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.base_responses_result import BaseResponsesResult
        from ..models.incomplete_event_type import IncompleteEventType

        def response_(raw__: Any) -> Any:
            response = BaseResponsesResult.from_dict(raw__)

            return response

        def type_(raw__: Any) -> Any:
            type = IncompleteEventType(raw__)

            return type

        return {
            "response": response_,
            "type": type_,
        }
