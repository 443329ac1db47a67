from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_delta_event_delta import MessagesDeltaEventDelta
    from ..models.messages_delta_event_type import MessagesDeltaEventType
    from ..models.messages_delta_event_usage import MessagesDeltaEventUsage


@_attrs_define(slots=False, repr=False)
class MessagesDeltaEvent(LazyModel):
    """Event sent when the message metadata changes (e.g., stop_reason)

    Example:
        {'delta': {'container': None, 'stop_details': None, 'stop_reason': 'end_turn', 'stop_sequence': None}, 'type':
            'message_delta', 'usage': {'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'input_tokens':
            None, 'output_tokens': 15, 'output_tokens_details': None, 'server_tool_use': None}}

    Attributes:
        delta (MessagesDeltaEventDelta):
        type (MessagesDeltaEventType):
        usage (MessagesDeltaEventUsage):
    """

    delta: MessagesDeltaEventDelta
    type: MessagesDeltaEventType
    usage: MessagesDeltaEventUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("type", "type"),
        ("usage", "usage"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "delta",
            "type",
            "usage",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "delta",
            "usage",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "message_delta"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_delta_event_delta import MessagesDeltaEventDelta
        from ..models.messages_delta_event_type import MessagesDeltaEventType
        from ..models.messages_delta_event_usage import MessagesDeltaEventUsage

        def delta_(raw__: Any) -> Any:
            delta = MessagesDeltaEventDelta.from_dict(raw__)

            return delta

        def type_(raw__: Any) -> Any:
            type = MessagesDeltaEventType(raw__)

            return type

        def usage_(raw__: Any) -> Any:
            usage = MessagesDeltaEventUsage.from_dict(raw__)

            return usage

        return {
            "delta": delta_,
            "type": type_,
            "usage": usage_,
        }
