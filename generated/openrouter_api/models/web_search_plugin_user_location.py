from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.web_search_plugin_user_location_type import (
        WebSearchPluginUserLocationType,
    )


@_attrs_define(slots=False, repr=False)
class WebSearchPluginUserLocation(LazyModel):
    """
    Attributes:
        type (WebSearchPluginUserLocationType):
        city (str | None):
        country (str | None):
        region (str | None):
        timezone (str | None):
    """

    type: WebSearchPluginUserLocationType
    city: str | None = ABSENT
    country: str | None = ABSENT
    region: str | None = ABSENT
    timezone: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("city", "city"),
        ("country", "country"),
        ("region", "region"),
        ("timezone", "timezone"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "approximate"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.web_search_plugin_user_location_type import (
            WebSearchPluginUserLocationType,
        )

        def type_(raw__: Any) -> Any:
            type = WebSearchPluginUserLocationType(raw__)

            return type

        def city_(raw__: Any) -> Any:
            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            city = _parse_city(raw__)

            return city

        def country_(raw__: Any) -> Any:
            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            country = _parse_country(raw__)

            return country

        def region_(raw__: Any) -> Any:
            def _parse_region(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            region = _parse_region(raw__)

            return region

        def timezone_(raw__: Any) -> Any:
            def _parse_timezone(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            timezone = _parse_timezone(raw__)

            return timezone

        return {
            "type": type_,
            "city": city_,
            "country": country_,
            "region": region_,
            "timezone": timezone_,
        }
