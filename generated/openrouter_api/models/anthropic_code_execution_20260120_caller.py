from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_20260120_caller_type import (
        AnthropicCodeExecution20260120CallerType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicCodeExecution20260120Caller(LazyModel):
    """
    Example:
        {'tool_id': 'toolu_01abc', 'type': 'code_execution_20260120'}

    Attributes:
        tool_id (str):
        type (AnthropicCodeExecution20260120CallerType):
    """

    tool_id: str
    type: AnthropicCodeExecution20260120CallerType
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
        ("type", "code_execution_20260120"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_code_execution_20260120_caller_type import (
            AnthropicCodeExecution20260120CallerType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicCodeExecution20260120CallerType(raw__)

            return type

        return {
            "type": type_,
        }
