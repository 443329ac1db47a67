from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.custom_tool_call_input_delta_event_type import (
        CustomToolCallInputDeltaEventType,
    )


@_attrs_define(slots=False, repr=False)
class CustomToolCallInputDeltaEvent(LazyModel):
    """Event emitted when a custom tool call's freeform input is being streamed. Mirrors
    `response.function_call_arguments.delta` but for `custom` tools whose input is opaque text rather than JSON
    arguments.

        Example:
            {'delta': '*** Begin Patch', 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 4, 'type':
                'response.custom_tool_call_input.delta'}

        Attributes:
            delta (str):
            item_id (str):
            output_index (int):
            sequence_number (int):
            type (CustomToolCallInputDeltaEventType):
    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: CustomToolCallInputDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "delta",
            "item_id",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.custom_tool_call_input.delta"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.custom_tool_call_input_delta_event_type import (
            CustomToolCallInputDeltaEventType,
        )

        def type_(raw__: Any) -> Any:
            type = CustomToolCallInputDeltaEventType(raw__)

            return type

        return {
            "type": type_,
        }
