from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_function_parameters import (
        AdditionalToolsItemToolsItemFunctionParameters,
    )
    from ..models.namespace_function_tool_allowed_callers_item import (
        NamespaceFunctionToolAllowedCallersItem,
    )
    from ..models.namespace_function_tool_type import NamespaceFunctionToolType


@_attrs_define(slots=False, repr=False)
class NamespaceFunctionTool(LazyModel):
    """A function tool grouped inside a namespace tool

    Example:
        {'name': 'spawn_agent', 'type': 'function'}

    Attributes:
        name (str):
        type (NamespaceFunctionToolType):
        allowed_callers (list[NamespaceFunctionToolAllowedCallersItem] | None):
        defer_loading (bool | None):
        description (str | None):
        output_schema (AdditionalToolsItemToolsItemFunctionParameters | None):
        parameters (AdditionalToolsItemToolsItemFunctionParameters | None):
        strict (bool | None):
    """

    name: str
    type: NamespaceFunctionToolType
    allowed_callers: list[NamespaceFunctionToolAllowedCallersItem] | None = ABSENT
    defer_loading: bool | None = ABSENT
    description: str | None = ABSENT
    output_schema: AdditionalToolsItemToolsItemFunctionParameters | None = ABSENT
    parameters: AdditionalToolsItemToolsItemFunctionParameters | None = ABSENT
    strict: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
        ("allowed_callers", "allowed_callers"),
        ("defer_loading", "defer_loading"),
        ("description", "description"),
        ("output_schema", "output_schema"),
        ("parameters", "parameters"),
        ("strict", "strict"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "function"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.additional_tools_item_tools_item_function_parameters import (
            AdditionalToolsItemToolsItemFunctionParameters,
        )
        from ..models.namespace_function_tool_allowed_callers_item import (
            NamespaceFunctionToolAllowedCallersItem,
        )
        from ..models.namespace_function_tool_type import NamespaceFunctionToolType

        def type_(raw__: Any) -> Any:
            type = NamespaceFunctionToolType(raw__)

            return type

        def allowed_callers_(raw__: Any) -> Any:
            def _parse_allowed_callers(
                data: object,
            ) -> list[NamespaceFunctionToolAllowedCallersItem] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    allowed_callers_type_0 = []
                    _allowed_callers_type_0 = data
                    for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                        allowed_callers_type_0_item = (
                            NamespaceFunctionToolAllowedCallersItem(
                                allowed_callers_type_0_item_data
                            )
                        )

                        allowed_callers_type_0.append(allowed_callers_type_0_item)

                    return allowed_callers_type_0
                return cast(list[NamespaceFunctionToolAllowedCallersItem] | None, data)

            allowed_callers = _parse_allowed_callers(raw__)

            return allowed_callers

        def output_schema_(raw__: Any) -> Any:
            def _parse_output_schema(
                data: object,
            ) -> AdditionalToolsItemToolsItemFunctionParameters | None:
                if data is None:
                    return data
                if AdditionalToolsItemToolsItemFunctionParameters.accepts(data):
                    output_schema_type_0 = (
                        AdditionalToolsItemToolsItemFunctionParameters.from_dict(data)
                    )

                    return output_schema_type_0
                if AdditionalToolsItemToolsItemFunctionParameters.discriminated_by(
                    data
                ):
                    return AdditionalToolsItemToolsItemFunctionParameters.from_dict(
                        data
                    )
                return cast(AdditionalToolsItemToolsItemFunctionParameters | None, data)

            output_schema = _parse_output_schema(raw__)

            return output_schema

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

        return {
            "type": type_,
            "allowed_callers": allowed_callers_,
            "output_schema": output_schema_,
            "parameters": parameters_,
        }
