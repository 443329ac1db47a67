from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.base_responses_result import BaseResponsesResult
    from ..models.failed_event_type import FailedEventType


@_attrs_define(slots=False, repr=False)
class FailedEvent(LazyModel):
    """Event emitted when a response has failed

    Example:
        {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id':
            'resp-abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None,
            'model': 'gpt-4', 'object': 'response', 'output': [], 'parallel_tool_calls': True, 'presence_penalty': None,
            'status': 'failed', 'temperature': None, 'tool_choice': 'auto', 'tools': [], 'top_p': None}, 'sequence_number':
            3, 'type': 'response.failed'}

    Attributes:
        response (BaseResponsesResult):  Example: {'completed_at': 1704067210, 'created_at': 1704067200, 'error': None,
            'frequency_penalty': None, 'id': 'resp-abc123', 'incomplete_details': None, 'instructions': None,
            'max_output_tokens': None, 'metadata': None, 'model': 'gpt-4', 'object': 'response', 'output': [],
            'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'completed', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None}.
        type (FailedEventType):
        sequence_number (int | None):
    """

    response: BaseResponsesResult
    type: FailedEventType
    sequence_number: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("response", "response"),
        ("type", "type"),
        ("sequence_number", "sequence_number"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "response",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "response",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "response.failed"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.base_responses_result import BaseResponsesResult
        from ..models.failed_event_type import FailedEventType

        def response_(raw__: Any) -> Any:
            response = BaseResponsesResult.from_dict(raw__)

            return response

        def type_(raw__: Any) -> Any:
            type = FailedEventType(raw__)

            return type

        return {
            "response": response_,
            "type": type_,
        }
