from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_named_tool_choice_function import ChatNamedToolChoiceFunction
    from ..models.chat_named_tool_choice_type import ChatNamedToolChoiceType


@_attrs_define(slots=False, repr=False)
class ChatNamedToolChoice(LazyModel):
    """Named tool choice for specific function

    Example:
        {'function': {'name': 'get_weather'}, 'type': 'function'}

    Attributes:
        function (ChatNamedToolChoiceFunction):
        type (ChatNamedToolChoiceType):
    """

    function: ChatNamedToolChoiceFunction
    type: ChatNamedToolChoiceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("function", "function"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "function",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "function",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "function"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_named_tool_choice_function import ChatNamedToolChoiceFunction
        from ..models.chat_named_tool_choice_type import ChatNamedToolChoiceType

        def function_(raw__: Any) -> Any:
            function = ChatNamedToolChoiceFunction.from_dict(raw__)

            return function

        def type_(raw__: Any) -> Any:
            type = ChatNamedToolChoiceType(raw__)

            return type

        return {
            "function": function_,
            "type": type_,
        }
