from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_stream_tool_call_function import ChatStreamToolCallFunction
    from ..models.chat_stream_tool_call_type import ChatStreamToolCallType


@_attrs_define(slots=False, repr=False)
class ChatStreamToolCall(LazyModel):
    """Tool call delta for streaming responses

    Example:
        {'function': {'arguments': '{"location": "..."}', 'name': 'get_weather'}, 'id': 'call_abc123', 'index': 0,
            'type': 'function'}

    Attributes:
        index (int): Tool call index in the array Example: 0.
        function (ChatStreamToolCallFunction | None): Function call details
        id (str | None): Tool call identifier Example: call_abc123.
        type (ChatStreamToolCallType | None): Tool call type Example: function.
    """

    index: int
    function: ChatStreamToolCallFunction | None = ABSENT
    id: str | None = ABSENT
    type: ChatStreamToolCallType | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("function", "function"),
        ("id", "id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "index",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_stream_tool_call_function import ChatStreamToolCallFunction
        from ..models.chat_stream_tool_call_type import ChatStreamToolCallType

        def function_(raw__: Any) -> Any:
            function = ChatStreamToolCallFunction.from_dict(raw__)

            return function

        def type_(raw__: Any) -> Any:
            type = ChatStreamToolCallType(raw__)

            return type

        return {
            "function": function_,
            "type": type_,
        }
