from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_content_block_stop_event_type import (
        MessagesContentBlockStopEventType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesContentBlockStopEvent(LazyModel):
    """Event sent when a content block is complete

    Example:
        {'index': 0, 'type': 'content_block_stop'}

    Attributes:
        index (int):
        type (MessagesContentBlockStopEventType):
    """

    index: int
    type: MessagesContentBlockStopEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "index",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "content_block_stop"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_content_block_stop_event_type import (
            MessagesContentBlockStopEventType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesContentBlockStopEventType(raw__)

            return type

        return {
            "type": type_,
        }
