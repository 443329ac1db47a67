from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.web_search_user_location_type import WebSearchUserLocationType


@_attrs_define(slots=False, repr=False)
class WebSearchUserLocation(LazyModel):
    """User location information for web search

    Example:
        {'city': 'San Francisco', 'country': 'USA', 'region': 'California', 'timezone': 'America/Los_Angeles', 'type':
            'approximate'}

    Attributes:
        city (str | None):
        country (str | None):
        region (str | None):
        timezone (str | None):
        type (WebSearchUserLocationType | None):
    """

    city: str | None = ABSENT
    country: str | None = ABSENT
    region: str | None = ABSENT
    timezone: str | None = ABSENT
    type: WebSearchUserLocationType | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("city", "city"),
        ("country", "country"),
        ("region", "region"),
        ("timezone", "timezone"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.web_search_user_location_type import WebSearchUserLocationType

        def type_(raw__: Any) -> Any:
            type = WebSearchUserLocationType(raw__)

            return type

        return {
            "type": type_,
        }
