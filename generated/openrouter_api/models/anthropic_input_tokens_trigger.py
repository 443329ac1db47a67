from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_input_tokens_trigger_type import (
        AnthropicInputTokensTriggerType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicInputTokensTrigger(LazyModel):
    """
    Example:
        {'type': 'input_tokens', 'value': 100000}

    Attributes:
        type (AnthropicInputTokensTriggerType):
        value (int):
    """

    type: AnthropicInputTokensTriggerType
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_tokens"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_input_tokens_trigger_type import (
            AnthropicInputTokensTriggerType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicInputTokensTriggerType(raw__)

            return type

        return {
            "type": type_,
        }
