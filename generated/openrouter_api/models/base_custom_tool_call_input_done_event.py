from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.base_custom_tool_call_input_done_event_type import (
        BaseCustomToolCallInputDoneEventType,
    )


@_attrs_define(slots=False, repr=False)
class BaseCustomToolCallInputDoneEvent(LazyModel):
    """Event emitted when a custom tool call's freeform input streaming is complete. Mirrors
    `response.function_call_arguments.done` but for `custom` tools.

        Example:
            {'input': '*** Begin Patch\\n*** End Patch', 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 6,
                'type': 'response.custom_tool_call_input.done'}

        Attributes:
            input (str):
            item_id (str):
            output_index (int):
            sequence_number (int):
            type (BaseCustomToolCallInputDoneEventType):
    """

    input: str
    item_id: str
    output_index: int
    sequence_number: int
    type: BaseCustomToolCallInputDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input",
            "item_id",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.custom_tool_call_input.done"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.base_custom_tool_call_input_done_event_type import (
            BaseCustomToolCallInputDoneEventType,
        )

        def type_(raw__: Any) -> Any:
            type = BaseCustomToolCallInputDoneEventType(raw__)

            return type

        return {
            "type": type_,
        }
