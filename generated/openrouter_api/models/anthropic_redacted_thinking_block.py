from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_redacted_thinking_block_type import (
        AnthropicRedactedThinkingBlockType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicRedactedThinkingBlock(LazyModel):
    """
    Example:
        {'data': 'cmVkYWN0ZWQ=', 'type': 'redacted_thinking'}

    Attributes:
        data (str):
        type (AnthropicRedactedThinkingBlockType):
    """

    data: str
    type: AnthropicRedactedThinkingBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "redacted_thinking"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_redacted_thinking_block_type import (
            AnthropicRedactedThinkingBlockType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicRedactedThinkingBlockType(raw__)

            return type

        return {
            "type": type_,
        }
