from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_thinking_block_type import AnthropicThinkingBlockType


@_attrs_define(slots=False, repr=False)
class AnthropicThinkingBlock(LazyModel):
    """
    Example:
        {'signature': 'sig_abc123', 'thinking': 'Let me think about this...', 'type': 'thinking'}

    Attributes:
        signature (str):
        thinking (str):
        type (AnthropicThinkingBlockType):
    """

    signature: str
    thinking: str
    type: AnthropicThinkingBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("signature", "signature"),
        ("thinking", "thinking"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "signature",
            "thinking",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "thinking"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_thinking_block_type import AnthropicThinkingBlockType

        def type_(raw__: Any) -> Any:
            type = AnthropicThinkingBlockType(raw__)

            return type

        return {
            "type": type_,
        }
