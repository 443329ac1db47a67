from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_tool_reference_type import AnthropicToolReferenceType


@_attrs_define(slots=False, repr=False)
class AnthropicToolReference(LazyModel):
    """
    Example:
        {'tool_name': 'my_tool', 'type': 'tool_reference'}

    Attributes:
        tool_name (str):
        type (AnthropicToolReferenceType):
    """

    tool_name: str
    type: AnthropicToolReferenceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_name", "tool_name"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "tool_name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "tool_reference"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_tool_reference_type import AnthropicToolReferenceType

        def type_(raw__: Any) -> Any:
            type = AnthropicToolReferenceType(raw__)

            return type

        return {
            "type": type_,
        }
