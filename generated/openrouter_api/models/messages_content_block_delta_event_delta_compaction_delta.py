from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event_delta_compaction_delta_type import (
        MessagesContentBlockDeltaEventDeltaCompactionDeltaType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesContentBlockDeltaEventDeltaCompactionDelta(LazyModel):
    """
    Attributes:
        content (str | None):
        type (MessagesContentBlockDeltaEventDeltaCompactionDeltaType):
        encrypted_content (str | None):
    """

    content: str | None
    type: MessagesContentBlockDeltaEventDeltaCompactionDeltaType
    encrypted_content: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("type", "type"),
        ("encrypted_content", "encrypted_content"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "compaction_delta"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_content_block_delta_event_delta_compaction_delta_type import (
            MessagesContentBlockDeltaEventDeltaCompactionDeltaType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesContentBlockDeltaEventDeltaCompactionDeltaType(raw__)

            return type

        return {
            "type": type_,
        }
