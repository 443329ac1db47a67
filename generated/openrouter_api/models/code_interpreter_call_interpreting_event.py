from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.code_interpreter_call_interpreting_event_type import (
        CodeInterpreterCallInterpretingEventType,
    )


@_attrs_define(slots=False, repr=False)
class CodeInterpreterCallInterpretingEvent(LazyModel):
    """Code interpreter is executing the code

    Example:
        {'item_id': 'ci-abc123', 'output_index': 0, 'sequence_number': 9, 'type':
            'response.code_interpreter_call.interpreting'}

    Attributes:
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (CodeInterpreterCallInterpretingEventType):
    """

    item_id: str
    output_index: int
    sequence_number: int
    type: CodeInterpreterCallInterpretingEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "item_id",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.code_interpreter_call.interpreting"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.code_interpreter_call_interpreting_event_type import (
            CodeInterpreterCallInterpretingEventType,
        )

        def type_(raw__: Any) -> Any:
            type = CodeInterpreterCallInterpretingEventType(raw__)

            return type

        return {
            "type": type_,
        }
