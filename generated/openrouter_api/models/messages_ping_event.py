from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_ping_event_type import MessagesPingEventType


@_attrs_define(slots=False, repr=False)
class MessagesPingEvent(LazyModel):
    """Keep-alive ping event

    Example:
        {'type': 'ping'}

    Attributes:
        type (MessagesPingEventType):
    """

    type: MessagesPingEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "ping"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_ping_event_type import MessagesPingEventType

        def type_(raw__: Any) -> Any:
            type = MessagesPingEventType(raw__)

            return type

        return {
            "type": type_,
        }
