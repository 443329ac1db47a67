from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event import (
        MessagesContentBlockDeltaEvent,
    )
    from ..models.messages_content_block_start_event import (
        MessagesContentBlockStartEvent,
    )
    from ..models.messages_content_block_stop_event import MessagesContentBlockStopEvent
    from ..models.messages_delta_event import MessagesDeltaEvent
    from ..models.messages_error_event import MessagesErrorEvent
    from ..models.messages_ping_event import MessagesPingEvent
    from ..models.messages_start_event import MessagesStartEvent
    from ..models.messages_stop_event import MessagesStopEvent


@_attrs_define(slots=False, repr=False)
class MessagesStreamingResponse(LazyModel):
    """
    Example:
        {'data': {'delta': {'text': 'Hello', 'type': 'text_delta'}, 'index': 0, 'type': 'content_block_delta'}, 'event':
            'content_block_delta'}

    Attributes:
        data (MessagesContentBlockDeltaEvent | MessagesContentBlockStartEvent | MessagesContentBlockStopEvent |
            MessagesDeltaEvent | MessagesErrorEvent | MessagesPingEvent | MessagesStartEvent | MessagesStopEvent): Union of
            all possible streaming events Example: {'delta': {'text': 'Hello', 'type': 'text_delta'}, 'index': 0, 'type':
            'content_block_delta'}.
        event (str):
    """

    data: (
        MessagesContentBlockDeltaEvent
        | MessagesContentBlockStartEvent
        | MessagesContentBlockStopEvent
        | MessagesDeltaEvent
        | MessagesErrorEvent
        | MessagesPingEvent
        | MessagesStartEvent
        | MessagesStopEvent
    )
    event: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("event", "event"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "event",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_content_block_delta_event import (
            MessagesContentBlockDeltaEvent,
        )
        from ..models.messages_content_block_start_event import (
            MessagesContentBlockStartEvent,
        )
        from ..models.messages_content_block_stop_event import (
            MessagesContentBlockStopEvent,
        )
        from ..models.messages_delta_event import MessagesDeltaEvent
        from ..models.messages_error_event import MessagesErrorEvent
        from ..models.messages_ping_event import MessagesPingEvent
        from ..models.messages_start_event import MessagesStartEvent
        from ..models.messages_stop_event import MessagesStopEvent

        def data_(raw__: Any) -> Any:
            def _parse_data(
                data: object,
            ) -> (
                MessagesContentBlockDeltaEvent
                | MessagesContentBlockStartEvent
                | MessagesContentBlockStopEvent
                | MessagesDeltaEvent
                | MessagesErrorEvent
                | MessagesPingEvent
                | MessagesStartEvent
                | MessagesStopEvent
            ):
                if MessagesStartEvent.accepts(data):
                    componentsschemas_messages_stream_events_type_0 = (
                        MessagesStartEvent.from_dict(data)
                    )

                    return componentsschemas_messages_stream_events_type_0
                if MessagesDeltaEvent.accepts(data):
                    componentsschemas_messages_stream_events_type_1 = (
                        MessagesDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_messages_stream_events_type_1
                if MessagesStopEvent.accepts(data):
                    componentsschemas_messages_stream_events_type_2 = (
                        MessagesStopEvent.from_dict(data)
                    )

                    return componentsschemas_messages_stream_events_type_2
                if MessagesContentBlockStartEvent.accepts(data):
                    componentsschemas_messages_stream_events_type_3 = (
                        MessagesContentBlockStartEvent.from_dict(data)
                    )

                    return componentsschemas_messages_stream_events_type_3
                if MessagesContentBlockDeltaEvent.accepts(data):
                    componentsschemas_messages_stream_events_type_4 = (
                        MessagesContentBlockDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_messages_stream_events_type_4
                if MessagesContentBlockStopEvent.accepts(data):
                    componentsschemas_messages_stream_events_type_5 = (
                        MessagesContentBlockStopEvent.from_dict(data)
                    )

                    return componentsschemas_messages_stream_events_type_5
                if MessagesPingEvent.accepts(data):
                    componentsschemas_messages_stream_events_type_6 = (
                        MessagesPingEvent.from_dict(data)
                    )

                    return componentsschemas_messages_stream_events_type_6
                if MessagesErrorEvent.accepts(data):
                    componentsschemas_messages_stream_events_type_7 = (
                        MessagesErrorEvent.from_dict(data)
                    )

                    return componentsschemas_messages_stream_events_type_7
                if MessagesStartEvent.discriminated_by(data):
                    return MessagesStartEvent.from_dict(data)
                if MessagesDeltaEvent.discriminated_by(data):
                    return MessagesDeltaEvent.from_dict(data)
                if MessagesStopEvent.discriminated_by(data):
                    return MessagesStopEvent.from_dict(data)
                if MessagesContentBlockStartEvent.discriminated_by(data):
                    return MessagesContentBlockStartEvent.from_dict(data)
                if MessagesContentBlockDeltaEvent.discriminated_by(data):
                    return MessagesContentBlockDeltaEvent.from_dict(data)
                if MessagesContentBlockStopEvent.discriminated_by(data):
                    return MessagesContentBlockStopEvent.from_dict(data)
                if MessagesPingEvent.discriminated_by(data):
                    return MessagesPingEvent.from_dict(data)
                if MessagesErrorEvent.discriminated_by(data):
                    return MessagesErrorEvent.from_dict(data)
                return cast(
                    MessagesContentBlockDeltaEvent
                    | MessagesContentBlockStartEvent
                    | MessagesContentBlockStopEvent
                    | MessagesDeltaEvent
                    | MessagesErrorEvent
                    | MessagesPingEvent
                    | MessagesStartEvent
                    | MessagesStopEvent,
                    data,
                )

            data = _parse_data(raw__)

            return data

        return {
            "data": data_,
        }
