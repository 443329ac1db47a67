from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class QueryAnalyticsRequestFiltersItem(LazyModel):
    """
    Attributes:
        field (str): Dimension to filter on. Use the /meta endpoint for available dimensions. Example: model.
        operator (str): Filter operator Example: eq.
        value (float | list[float | str] | str): Filter value (scalar or array depending on operator). Several
            dimensions are enriched in responses (returned as human-readable labels), but filters must use the underlying
            ID: `api_key_id` — numeric ID (from generation metadata) or key hash (64-char hex from GET /api/v1/keys,
            resolved server-side); `user` — Clerk user ID (e.g. "user_abc123"), not the display name; `workspace` —
            workspace UUID, not the workspace name (filtering or grouping by the account default workspace also covers
            activity recorded before workspace resolution existed, which is attributed to that default workspace); `app` —
            numeric app ID, not the app title; `model` — permaslug (e.g. "openai/gpt-4o"), not the display name. Other
            dimensions (provider, origin, country, etc.) are not enriched and accept the value as returned.
        include_unset (bool | None): Include rows where the dimension has no value. Applies only to the `in` and
            `not_in` operators and dimensions that have an unset bucket.
    """

    field: str
    operator: str
    value: float | list[float | str] | str
    include_unset: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field", "field"),
        ("operator", "operator"),
        ("value", "value"),
        ("include_unset", "include_unset"),
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
