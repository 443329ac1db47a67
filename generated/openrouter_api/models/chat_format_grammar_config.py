from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_format_grammar_config_type import ChatFormatGrammarConfigType


@_attrs_define(slots=False, repr=False)
class ChatFormatGrammarConfig(LazyModel):
    """Custom grammar response format

    Example:
        {'grammar': 'root ::= "yes" | "no"', 'type': 'grammar'}

    Attributes:
        grammar (str): Custom grammar for text generation Example: root ::= "yes" | "no".
        type (ChatFormatGrammarConfigType):
    """

    grammar: str
    type: ChatFormatGrammarConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("grammar", "grammar"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "grammar",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "grammar"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.chat_format_grammar_config_type import ChatFormatGrammarConfigType

        def type_(raw__: Any) -> Any:
            type = ChatFormatGrammarConfigType(raw__)

            return type

        return {
            "type": type_,
        }
