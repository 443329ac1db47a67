from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.file_search_server_tool_filters_type import (
        FileSearchServerToolFiltersType,
    )


@_attrs_define(slots=False, repr=False)
class FileSearchServerToolFilters(LazyModel):
    """
    Attributes:
        key (str):
        type (FileSearchServerToolFiltersType):
        value (bool | float | list[float | str] | str):
    """

    key: str
    type: FileSearchServerToolFiltersType
    value: bool | float | list[float | str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("type", "type"),
        ("value", "value"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "key",
            "type",
            "value",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.file_search_server_tool_filters_type import (
            FileSearchServerToolFiltersType,
        )

        def type_(raw__: Any) -> Any:
            type = FileSearchServerToolFiltersType(raw__)

            return type

        def value_(raw__: Any) -> Any:
            def _parse_value(data: object) -> bool | float | list[float | str] | str:
                if isinstance(data, list):
                    value_type_3 = []
                    _value_type_3 = data
                    for value_type_3_item_data in _value_type_3:

                        def _parse_value_type_3_item(data: object) -> float | str:
                            return cast(float | str, data)

                        value_type_3_item = _parse_value_type_3_item(
                            value_type_3_item_data
                        )

                        value_type_3.append(value_type_3_item)

                    return value_type_3
                return cast(bool | float | list[float | str] | str, data)

            value = _parse_value(raw__)

            return value

        return {
            "type": type_,
            "value": value_,
        }
