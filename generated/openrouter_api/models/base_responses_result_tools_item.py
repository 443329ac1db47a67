from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_function_parameters import (
        AdditionalToolsItemToolsItemFunctionParameters,
    )
    from ..models.base_responses_result_tools_item_type import (
        BaseResponsesResultToolsItemType,
    )


@_attrs_define(slots=False, repr=False)
class BaseResponsesResultToolsItem(LazyModel):
    """Function tool definition

    Example:
        {'description': 'Get the current weather in a location', 'name': 'get_weather', 'parameters': {'properties':
            {'location': {'description': 'The city and state', 'type': 'string'}, 'unit': {'enum': ['celsius',
            'fahrenheit'], 'type': 'string'}}, 'required': ['location'], 'type': 'object'}, 'type': 'function'}

    Attributes:
        name (str):
        parameters (AdditionalToolsItemToolsItemFunctionParameters | None):
        type (BaseResponsesResultToolsItemType):
        description (str | None):
        strict (bool | None):
        defer_loading (bool | None): Withhold this tool from the model until `openrouter:tool_search` finds it. Requires
            the tool search server tool; at least one tool must remain non-deferred. Example: True.
    """

    name: str
    parameters: AdditionalToolsItemToolsItemFunctionParameters | None
    type: BaseResponsesResultToolsItemType
    description: str | None = ABSENT
    strict: bool | None = ABSENT
    defer_loading: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("parameters", "parameters"),
        ("type", "type"),
        ("description", "description"),
        ("strict", "strict"),
        ("defer_loading", "defer_loading"),
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
        from ..models.base_responses_result_tools_item_type import (
            BaseResponsesResultToolsItemType,
        )

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
            type = BaseResponsesResultToolsItemType(raw__)

            return type

        return {
            "parameters": parameters_,
            "type": type_,
        }
