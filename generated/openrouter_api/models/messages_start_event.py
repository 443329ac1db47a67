from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_start_event_message import MessagesStartEventMessage
    from ..models.messages_start_event_type import MessagesStartEventType


@_attrs_define(slots=False, repr=False)
class MessagesStartEvent(LazyModel):
    """Event sent at the start of a streaming message

    Example:
        {'message': {'container': None, 'content': [], 'id': 'msg_01XFDUDYJgAACzvnptvVoYEL', 'model': 'claude-
            sonnet-4-5-20250929', 'role': 'assistant', 'stop_details': None, 'stop_reason': None, 'stop_sequence': None,
            'type': 'message', 'usage': {'cache_creation': None, 'cache_creation_input_tokens': None,
            'cache_read_input_tokens': None, 'inference_geo': None, 'input_tokens': 12, 'output_tokens': 0,
            'output_tokens_details': None, 'server_tool_use': None, 'service_tier': 'standard'}}, 'type': 'message_start'}

    Attributes:
        message (MessagesStartEventMessage):
        type (MessagesStartEventType):
    """

    message: MessagesStartEventMessage
    type: MessagesStartEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "message_start"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_start_event_message import MessagesStartEventMessage
        from ..models.messages_start_event_type import MessagesStartEventType

        def message_(raw__: Any) -> Any:
            message = MessagesStartEventMessage.from_dict(raw__)

            return message

        def type_(raw__: Any) -> Any:
            type = MessagesStartEventType(raw__)

            return type

        return {
            "message": message_,
            "type": type_,
        }
