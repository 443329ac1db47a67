from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_tool_uses_trigger_type import AnthropicToolUsesTriggerType


@_attrs_define(slots=False, repr=False)
class AnthropicToolUsesTrigger(LazyModel):
    """
    Example:
        {'type': 'tool_uses', 'value': 10}

    Attributes:
        type (AnthropicToolUsesTriggerType):
        value (int):
    """

    type: AnthropicToolUsesTriggerType
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("value", "value"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "value",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "tool_uses"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_tool_uses_trigger_type import (
            AnthropicToolUsesTriggerType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicToolUsesTriggerType(raw__)

            return type

        return {
            "type": type_,
        }
