from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event_delta_input_json_delta_type import (
        MessagesContentBlockDeltaEventDeltaInputJsonDeltaType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesContentBlockDeltaEventDeltaInputJsonDelta(LazyModel):
    """
    Attributes:
        partial_json (str):
        type (MessagesContentBlockDeltaEventDeltaInputJsonDeltaType):
    """

    partial_json: str
    type: MessagesContentBlockDeltaEventDeltaInputJsonDeltaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("partial_json", "partial_json"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "partial_json",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_json_delta"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_content_block_delta_event_delta_input_json_delta_type import (
            MessagesContentBlockDeltaEventDeltaInputJsonDeltaType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesContentBlockDeltaEventDeltaInputJsonDeltaType(raw__)

            return type

        return {
            "type": type_,
        }
