from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.code_interpreter_call_code_done_event_type import (
        CodeInterpreterCallCodeDoneEventType,
    )


@_attrs_define(slots=False, repr=False)
class CodeInterpreterCallCodeDoneEvent(LazyModel):
    """Emitted when code streaming completes for a `code_interpreter_call`.

    Example:
        {'code': 'print("hello")', 'item_id': 'ci-abc123', 'output_index': 0, 'sequence_number': 8, 'type':
            'response.code_interpreter_call_code.done'}

    Attributes:
        code (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (CodeInterpreterCallCodeDoneEventType):
    """

    code: str
    item_id: str
    output_index: int
    sequence_number: int
    type: CodeInterpreterCallCodeDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "item_id",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.code_interpreter_call_code.done"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.code_interpreter_call_code_done_event_type import (
            CodeInterpreterCallCodeDoneEventType,
        )

        def type_(raw__: Any) -> Any:
            type = CodeInterpreterCallCodeDoneEventType(raw__)

            return type

        return {
            "type": type_,
        }
