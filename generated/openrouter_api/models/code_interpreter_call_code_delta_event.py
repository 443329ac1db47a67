from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.code_interpreter_call_code_delta_event_type import (
        CodeInterpreterCallCodeDeltaEventType,
    )


@_attrs_define(slots=False, repr=False)
class CodeInterpreterCallCodeDeltaEvent(LazyModel):
    """Incremental chunk of code being streamed for a `code_interpreter_call`.

    Example:
        {'delta': 'print("hello")', 'item_id': 'ci-abc123', 'output_index': 0, 'sequence_number': 3, 'type':
            'response.code_interpreter_call_code.delta'}

    Attributes:
        delta (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (CodeInterpreterCallCodeDeltaEventType):
    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: CodeInterpreterCallCodeDeltaEventType
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
        ("type", "response.code_interpreter_call_code.delta"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.code_interpreter_call_code_delta_event_type import (
            CodeInterpreterCallCodeDeltaEventType,
        )

        def type_(raw__: Any) -> Any:
            type = CodeInterpreterCallCodeDeltaEventType(raw__)

            return type

        return {
            "type": type_,
        }
