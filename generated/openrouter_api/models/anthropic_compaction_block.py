from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_compaction_block_type import AnthropicCompactionBlockType


@_attrs_define(slots=False, repr=False)
class AnthropicCompactionBlock(LazyModel):
    """
    Example:
        {'content': 'Compacted summary of conversation.', 'type': 'compaction'}

    Attributes:
        content (str | None):
        type (AnthropicCompactionBlockType):
        encrypted_content (str | None):
    """

    content: str | None
    type: AnthropicCompactionBlockType
    encrypted_content: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("type", "type"),
        ("encrypted_content", "encrypted_content"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "compaction"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_compaction_block_type import (
            AnthropicCompactionBlockType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicCompactionBlockType(raw__)

            return type

        return {
            "type": type_,
        }
