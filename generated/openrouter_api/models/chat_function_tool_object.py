from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_content_cache_control import ChatContentCacheControl
    from ..models.chat_function_tool_object_function import (
        ChatFunctionToolObjectFunction,
    )
    from ..models.chat_function_tool_object_type import ChatFunctionToolObjectType


@_attrs_define(slots=False, repr=False)
class ChatFunctionToolObject(LazyModel):
    """
    Attributes:
        function (ChatFunctionToolObjectFunction): Function definition for tool calling Example: {'description': 'Get
            the current weather for a location', 'name': 'get_weather', 'parameters': {'properties': {'location':
            {'description': 'City name', 'type': 'string'}}, 'required': ['location'], 'type': 'object'}}.
        type (ChatFunctionToolObjectType):
        cache_control (ChatContentCacheControl | None): Anthropic-style cache breakpoint for the content part.
            Interchangeable with the OpenAI-style `prompt_cache_breakpoint` marker: OpenRouter converts between the two
            based on the provider serving the request. Example: {'ttl': '5m', 'type': 'ephemeral'}.
    """

    function: ChatFunctionToolObjectFunction
    type: ChatFunctionToolObjectType
    cache_control: ChatContentCacheControl | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("function", "function"),
        ("type", "type"),
        ("cache_control", "cache_control"),
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

        from ..models.chat_content_cache_control import ChatContentCacheControl
        from ..models.chat_function_tool_object_function import (
            ChatFunctionToolObjectFunction,
        )
        from ..models.chat_function_tool_object_type import ChatFunctionToolObjectType

        def function_(raw__: Any) -> Any:
            function = ChatFunctionToolObjectFunction.from_dict(raw__)

            return function

        def type_(raw__: Any) -> Any:
            type = ChatFunctionToolObjectType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = ChatContentCacheControl.from_dict(raw__)

            return cache_control

        return {
            "function": function_,
            "type": type_,
            "cache_control": cache_control_,
        }
