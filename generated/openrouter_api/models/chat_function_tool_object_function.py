from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_function_tool_object_function_parameters import (
        ChatFunctionToolObjectFunctionParameters,
    )


@_attrs_define(slots=False, repr=False)
class ChatFunctionToolObjectFunction(LazyModel):
    """Function definition for tool calling

    Example:
        {'description': 'Get the current weather for a location', 'name': 'get_weather', 'parameters': {'properties':
            {'location': {'description': 'City name', 'type': 'string'}}, 'required': ['location'], 'type': 'object'}}

    Attributes:
        name (str): Function name (a-z, A-Z, 0-9, underscores, dashes, max 64 chars) Example: get_weather.
        description (str | None): Function description for the model Example: Get the current weather for a location.
        parameters (ChatFunctionToolObjectFunctionParameters | None): Function parameters as JSON Schema object Example:
            {'properties': {'location': {'description': 'City name', 'type': 'string'}}, 'required': ['location'], 'type':
            'object'}.
        strict (bool | None): Enable strict schema adherence Example: False.
    """

    name: str
    description: str | None = ABSENT
    parameters: ChatFunctionToolObjectFunctionParameters | None = ABSENT
    strict: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("description", "description"),
        ("parameters", "parameters"),
        ("strict", "strict"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_function_tool_object_function_parameters import (
            ChatFunctionToolObjectFunctionParameters,
        )

        def parameters_(raw__: Any) -> Any:
            parameters = ChatFunctionToolObjectFunctionParameters.from_dict(raw__)

            return parameters

        return {
            "parameters": parameters_,
        }
