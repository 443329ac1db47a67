from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.base_function_call_args_done_event_type import (
        BaseFunctionCallArgsDoneEventType,
    )


@_attrs_define(slots=False, repr=False)
class BaseFunctionCallArgsDoneEvent(LazyModel):
    """Event emitted when function call arguments streaming is complete

    Example:
        {'arguments': '{"city": "San Francisco", "units": "celsius"}', 'item_id': 'item-1', 'name': 'get_weather',
            'output_index': 0, 'sequence_number': 6, 'type': 'response.function_call_arguments.done'}

    Attributes:
        arguments (str):
        item_id (str):
        name (str):
        output_index (int):
        sequence_number (int):
        type (BaseFunctionCallArgsDoneEventType):
    """

    arguments: str
    item_id: str
    name: str
    output_index: int
    sequence_number: int
    type: BaseFunctionCallArgsDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("item_id", "item_id"),
        ("name", "name"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "arguments",
            "item_id",
            "name",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.function_call_arguments.done"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.base_function_call_args_done_event_type import (
            BaseFunctionCallArgsDoneEventType,
        )

        def type_(raw__: Any) -> Any:
            type = BaseFunctionCallArgsDoneEventType(raw__)

            return type

        return {
            "type": type_,
        }
