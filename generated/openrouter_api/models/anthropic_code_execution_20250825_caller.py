from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_20250825_caller_type import (
        AnthropicCodeExecution20250825CallerType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicCodeExecution20250825Caller(LazyModel):
    """
    Example:
        {'tool_id': 'toolu_01abc', 'type': 'code_execution_20250825'}

    Attributes:
        tool_id (str):
        type (AnthropicCodeExecution20250825CallerType):
    """

    tool_id: str
    type: AnthropicCodeExecution20250825CallerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_id", "tool_id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "tool_id",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "code_execution_20250825"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_code_execution_20250825_caller_type import (
            AnthropicCodeExecution20250825CallerType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicCodeExecution20250825CallerType(raw__)

            return type

        return {
            "type": type_,
        }
