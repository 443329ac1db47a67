from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event_delta_text_delta_type import (
        MessagesContentBlockDeltaEventDeltaTextDeltaType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesContentBlockDeltaEventDeltaTextDelta(LazyModel):
    """
    Attributes:
        text (str):
        type (MessagesContentBlockDeltaEventDeltaTextDeltaType):
    """

    text: str
    type: MessagesContentBlockDeltaEventDeltaTextDeltaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "text_delta"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_content_block_delta_event_delta_text_delta_type import (
            MessagesContentBlockDeltaEventDeltaTextDeltaType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesContentBlockDeltaEventDeltaTextDeltaType(raw__)

            return type

        return {
            "type": type_,
        }
