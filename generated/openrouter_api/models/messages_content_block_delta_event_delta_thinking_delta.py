from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event_delta_thinking_delta_type import (
        MessagesContentBlockDeltaEventDeltaThinkingDeltaType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesContentBlockDeltaEventDeltaThinkingDelta(LazyModel):
    """
    Attributes:
        thinking (str):
        type (MessagesContentBlockDeltaEventDeltaThinkingDeltaType):
    """

    thinking: str
    type: MessagesContentBlockDeltaEventDeltaThinkingDeltaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("thinking", "thinking"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "thinking",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "thinking_delta"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_content_block_delta_event_delta_thinking_delta_type import (
            MessagesContentBlockDeltaEventDeltaThinkingDeltaType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesContentBlockDeltaEventDeltaThinkingDeltaType(raw__)

            return type

        return {
            "type": type_,
        }
