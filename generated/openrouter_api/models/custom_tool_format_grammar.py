from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.custom_tool_format_grammar_syntax import CustomToolFormatGrammarSyntax
    from ..models.custom_tool_format_grammar_type import CustomToolFormatGrammarType


@_attrs_define(slots=False, repr=False)
class CustomToolFormatGrammar(LazyModel):
    """
    Attributes:
        definition (str):
        syntax (CustomToolFormatGrammarSyntax):
        type (CustomToolFormatGrammarType):
    """

    definition: str
    syntax: CustomToolFormatGrammarSyntax
    type: CustomToolFormatGrammarType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("definition", "definition"),
        ("syntax", "syntax"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "definition",
            "syntax",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "grammar"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.custom_tool_format_grammar_syntax import (
            CustomToolFormatGrammarSyntax,
        )
        from ..models.custom_tool_format_grammar_type import CustomToolFormatGrammarType

        def syntax_(raw__: Any) -> Any:
            syntax = CustomToolFormatGrammarSyntax(raw__)

            return syntax

        def type_(raw__: Any) -> Any:
            type = CustomToolFormatGrammarType(raw__)

            return type

        return {
            "syntax": syntax_,
            "type": type_,
        }
