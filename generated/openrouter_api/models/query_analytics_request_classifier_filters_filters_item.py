from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class QueryAnalyticsRequestClassifierFiltersFiltersItem(LazyModel):
    """
    Attributes:
        field (str): Classifier dimension name to filter on (snake_case identifier, e.g. "department", "work_type").
            Example: department.
        operator (str): Filter operator. Only equality/set operators are supported (eq, neq, in, not_in) — ordered
            comparisons are not available because classification values are strings. Example: eq.
        value (float | list[float | str] | str): Filter value. Use a scalar (string or number) for eq/neq, or an array
            for in/not_in. Example: Engineering.
    """

    field: str
    operator: str
    value: float | list[float | str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field", "field"),
        ("operator", "operator"),
        ("value", "value"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "field",
            "operator",
            "value",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def value_(raw__: Any) -> Any:
            def _parse_value(data: object) -> float | list[float | str] | str:
                if isinstance(data, list):
                    value_type_2 = []
                    _value_type_2 = data
                    for value_type_2_item_data in _value_type_2:

                        def _parse_value_type_2_item(data: object) -> float | str:
                            return cast(float | str, data)

                        value_type_2_item = _parse_value_type_2_item(
                            value_type_2_item_data
                        )

                        value_type_2.append(value_type_2_item)

                    return value_type_2
                return cast(float | list[float | str] | str, data)

            value = _parse_value(raw__)

            return value

        return {
            "value": value_,
        }
