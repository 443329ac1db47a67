from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_function_parameters import (
        AdditionalToolsItemToolsItemFunctionParameters,
    )
    from ..models.function_tool_type import FunctionToolType


@_attrs_define(slots=False, repr=False)
class FunctionTool(LazyModel):
    """Function tool definition

    Example:
        {'description': 'Get the current weather in a location', 'name': 'get_weather', 'parameters': {'properties':
            {'location': {'description': 'The city and state', 'type': 'string'}, 'unit': {'enum': ['celsius',
            'fahrenheit'], 'type': 'string'}}, 'required': ['location'], 'type': 'object'}, 'type': 'function'}

    Attributes:
        name (str):
        parameters (AdditionalToolsItemToolsItemFunctionParameters | None):
        type (FunctionToolType):
        description (str | None):
        strict (bool | None):
    """

    name: str
    parameters: AdditionalToolsItemToolsItemFunctionParameters | None
    type: FunctionToolType
    description: str | None = ABSENT
    strict: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("parameters", "parameters"),
        ("type", "type"),
        ("description", "description"),
        ("strict", "strict"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "parameters",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "function"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.additional_tools_item_tools_item_function_parameters import (
            AdditionalToolsItemToolsItemFunctionParameters,
        )
        from ..models.function_tool_type import FunctionToolType

        def parameters_(raw__: Any) -> Any:
            def _parse_parameters(
                data: object,
            ) -> AdditionalToolsItemToolsItemFunctionParameters | None:
                if data is None:
                    return data
                if AdditionalToolsItemToolsItemFunctionParameters.accepts(data):
                    parameters_type_0 = (
                        AdditionalToolsItemToolsItemFunctionParameters.from_dict(data)
                    )

                    return parameters_type_0
                if AdditionalToolsItemToolsItemFunctionParameters.discriminated_by(
                    data
                ):
                    return AdditionalToolsItemToolsItemFunctionParameters.from_dict(
                        data
                    )
                return cast(AdditionalToolsItemToolsItemFunctionParameters | None, data)

            parameters = _parse_parameters(raw__)

            return parameters

        def type_(raw__: Any) -> Any:
            type = FunctionToolType(raw__)

            return type

        return {
            "parameters": parameters_,
            "type": type_,
        }
