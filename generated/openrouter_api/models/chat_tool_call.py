from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_tool_call_function import ChatToolCallFunction
    from ..models.chat_tool_call_type import ChatToolCallType


@_attrs_define(slots=False, repr=False)
class ChatToolCall(LazyModel):
    """Tool call made by the assistant

    Example:
        {'function': {'arguments': '{"location": "Boston, MA"}', 'name': 'get_current_weather'}, 'id': 'call_abc123',
            'type': 'function'}

    Attributes:
        function (ChatToolCallFunction):
        id (str): Tool call identifier
        type (ChatToolCallType):
    """

    function: ChatToolCallFunction
    id: str
    type: ChatToolCallType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("function", "function"),
        ("id", "id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "function",
            "id",
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

        from ..models.chat_tool_call_function import ChatToolCallFunction
        from ..models.chat_tool_call_type import ChatToolCallType

        def function_(raw__: Any) -> Any:
            function = ChatToolCallFunction.from_dict(raw__)

            return function

        def type_(raw__: Any) -> Any:
            type = ChatToolCallType(raw__)

            return type

        return {
            "function": function_,
            "type": type_,
        }
