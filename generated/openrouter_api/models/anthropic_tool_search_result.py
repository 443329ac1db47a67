from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_tool_reference import AnthropicToolReference
    from ..models.anthropic_tool_search_result_type import AnthropicToolSearchResultType


@_attrs_define(slots=False, repr=False)
class AnthropicToolSearchResult(LazyModel):
    """
    Example:
        {'tool_references': [{'tool_name': 'my_tool', 'type': 'tool_reference'}], 'type':
            'tool_search_tool_search_result'}

    Attributes:
        tool_references (list[AnthropicToolReference]):
        type (AnthropicToolSearchResultType):
    """

    tool_references: list[AnthropicToolReference]
    type: AnthropicToolSearchResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_references", "tool_references"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "tool_references",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "tool_references",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "tool_search_tool_search_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_tool_reference import AnthropicToolReference
        from ..models.anthropic_tool_search_result_type import (
            AnthropicToolSearchResultType,
        )

        def tool_references_(raw__: Any) -> Any:
            tool_references = []
            _tool_references = raw__
            for tool_references_item_data in _tool_references:
                tool_references_item = AnthropicToolReference.from_dict(
                    tool_references_item_data
                )

                tool_references.append(tool_references_item)

            return tool_references

        def type_(raw__: Any) -> Any:
            type = AnthropicToolSearchResultType(raw__)

            return type

        return {
            "tool_references": tool_references_,
            "type": type_,
        }
