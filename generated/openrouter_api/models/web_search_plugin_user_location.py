from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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

        return {
            "type": type_,
        }
