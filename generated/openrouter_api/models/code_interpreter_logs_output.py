from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.code_interpreter_logs_output_type import CodeInterpreterLogsOutputType


@_attrs_define(slots=False, repr=False)
class CodeInterpreterLogsOutput(LazyModel):
    """
    Example:
        {'logs': 'hello\\n', 'type': 'logs'}

    Attributes:
        logs (str):
        type (CodeInterpreterLogsOutputType):
    """

    logs: str
    type: CodeInterpreterLogsOutputType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("logs", "logs"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "logs",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "logs"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.code_interpreter_logs_output_type import (
            CodeInterpreterLogsOutputType,
        )

        def type_(raw__: Any) -> Any:
            type = CodeInterpreterLogsOutputType(raw__)

            return type

        return {
            "type": type_,
        }
