from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event_delta_citations_delta import (
        MessagesContentBlockDeltaEventDeltaCitationsDelta,
    )
    from ..models.messages_content_block_delta_event_delta_compaction_delta import (
        MessagesContentBlockDeltaEventDeltaCompactionDelta,
    )
    from ..models.messages_content_block_delta_event_delta_input_json_delta import (
        MessagesContentBlockDeltaEventDeltaInputJsonDelta,
    )
    from ..models.messages_content_block_delta_event_delta_signature_delta import (
        MessagesContentBlockDeltaEventDeltaSignatureDelta,
    )
    from ..models.messages_content_block_delta_event_delta_text_delta import (
        MessagesContentBlockDeltaEventDeltaTextDelta,
    )
    from ..models.messages_content_block_delta_event_delta_thinking_delta import (
        MessagesContentBlockDeltaEventDeltaThinkingDelta,
    )
    from ..models.messages_content_block_delta_event_type import (
        MessagesContentBlockDeltaEventType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesContentBlockDeltaEvent(LazyModel):
    """Event sent when content is added to a content block

    Example:
        {'delta': {'text': 'Hello', 'type': 'text_delta'}, 'index': 0, 'type': 'content_block_delta'}

    Attributes:
        delta (MessagesContentBlockDeltaEventDeltaCitationsDelta | MessagesContentBlockDeltaEventDeltaCompactionDelta |
            MessagesContentBlockDeltaEventDeltaInputJsonDelta | MessagesContentBlockDeltaEventDeltaSignatureDelta |
            MessagesContentBlockDeltaEventDeltaTextDelta | MessagesContentBlockDeltaEventDeltaThinkingDelta):
        index (int):
        type (MessagesContentBlockDeltaEventType):
    """

    delta: (
        MessagesContentBlockDeltaEventDeltaCitationsDelta
        | MessagesContentBlockDeltaEventDeltaCompactionDelta
        | MessagesContentBlockDeltaEventDeltaInputJsonDelta
        | MessagesContentBlockDeltaEventDeltaSignatureDelta
        | MessagesContentBlockDeltaEventDeltaTextDelta
        | MessagesContentBlockDeltaEventDeltaThinkingDelta
    )
    index: int
    type: MessagesContentBlockDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("index", "index"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "delta",
            "index",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "content_block_delta"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_content_block_delta_event_delta_citations_delta import (
            MessagesContentBlockDeltaEventDeltaCitationsDelta,
        )
        from ..models.messages_content_block_delta_event_delta_compaction_delta import (
            MessagesContentBlockDeltaEventDeltaCompactionDelta,
        )
        from ..models.messages_content_block_delta_event_delta_input_json_delta import (
            MessagesContentBlockDeltaEventDeltaInputJsonDelta,
        )
        from ..models.messages_content_block_delta_event_delta_signature_delta import (
            MessagesContentBlockDeltaEventDeltaSignatureDelta,
        )
        from ..models.messages_content_block_delta_event_delta_text_delta import (
            MessagesContentBlockDeltaEventDeltaTextDelta,
        )
        from ..models.messages_content_block_delta_event_delta_thinking_delta import (
            MessagesContentBlockDeltaEventDeltaThinkingDelta,
        )
        from ..models.messages_content_block_delta_event_type import (
            MessagesContentBlockDeltaEventType,
        )

        def delta_(raw__: Any) -> Any:
            def _parse_delta(
                data: object,
            ) -> (
                MessagesContentBlockDeltaEventDeltaCitationsDelta
                | MessagesContentBlockDeltaEventDeltaCompactionDelta
                | MessagesContentBlockDeltaEventDeltaInputJsonDelta
                | MessagesContentBlockDeltaEventDeltaSignatureDelta
                | MessagesContentBlockDeltaEventDeltaTextDelta
                | MessagesContentBlockDeltaEventDeltaThinkingDelta
            ):
                if MessagesContentBlockDeltaEventDeltaTextDelta.accepts(data):
                    delta_type_0 = (
                        MessagesContentBlockDeltaEventDeltaTextDelta.from_dict(data)
                    )

                    return delta_type_0
                if MessagesContentBlockDeltaEventDeltaInputJsonDelta.accepts(data):
                    delta_type_1 = (
                        MessagesContentBlockDeltaEventDeltaInputJsonDelta.from_dict(
                            data
                        )
                    )

                    return delta_type_1
                if MessagesContentBlockDeltaEventDeltaThinkingDelta.accepts(data):
                    delta_type_2 = (
                        MessagesContentBlockDeltaEventDeltaThinkingDelta.from_dict(data)
                    )

                    return delta_type_2
                if MessagesContentBlockDeltaEventDeltaSignatureDelta.accepts(data):
                    delta_type_3 = (
                        MessagesContentBlockDeltaEventDeltaSignatureDelta.from_dict(
                            data
                        )
                    )

                    return delta_type_3
                if MessagesContentBlockDeltaEventDeltaCitationsDelta.accepts(data):
                    delta_type_4 = (
                        MessagesContentBlockDeltaEventDeltaCitationsDelta.from_dict(
                            data
                        )
                    )

                    return delta_type_4
                if MessagesContentBlockDeltaEventDeltaCompactionDelta.accepts(data):
                    delta_type_5 = (
                        MessagesContentBlockDeltaEventDeltaCompactionDelta.from_dict(
                            data
                        )
                    )

                    return delta_type_5
                if MessagesContentBlockDeltaEventDeltaTextDelta.discriminated_by(data):
                    return MessagesContentBlockDeltaEventDeltaTextDelta.from_dict(data)
                if MessagesContentBlockDeltaEventDeltaInputJsonDelta.discriminated_by(
                    data
                ):
                    return MessagesContentBlockDeltaEventDeltaInputJsonDelta.from_dict(
                        data
                    )
                if MessagesContentBlockDeltaEventDeltaThinkingDelta.discriminated_by(
                    data
                ):
                    return MessagesContentBlockDeltaEventDeltaThinkingDelta.from_dict(
                        data
                    )
                if MessagesContentBlockDeltaEventDeltaSignatureDelta.discriminated_by(
                    data
                ):
                    return MessagesContentBlockDeltaEventDeltaSignatureDelta.from_dict(
                        data
                    )
                if MessagesContentBlockDeltaEventDeltaCitationsDelta.discriminated_by(
                    data
                ):
                    return MessagesContentBlockDeltaEventDeltaCitationsDelta.from_dict(
                        data
                    )
                if MessagesContentBlockDeltaEventDeltaCompactionDelta.discriminated_by(
                    data
                ):
                    return MessagesContentBlockDeltaEventDeltaCompactionDelta.from_dict(
                        data
                    )
                return cast(
                    MessagesContentBlockDeltaEventDeltaCitationsDelta
                    | MessagesContentBlockDeltaEventDeltaCompactionDelta
                    | MessagesContentBlockDeltaEventDeltaInputJsonDelta
                    | MessagesContentBlockDeltaEventDeltaSignatureDelta
                    | MessagesContentBlockDeltaEventDeltaTextDelta
                    | MessagesContentBlockDeltaEventDeltaThinkingDelta,
                    data,
                )

            delta = _parse_delta(raw__)

            return delta

        def type_(raw__: Any) -> Any:
            type = MessagesContentBlockDeltaEventType(raw__)

            return type

        return {
            "delta": delta_,
            "type": type_,
        }
