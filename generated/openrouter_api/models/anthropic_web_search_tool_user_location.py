from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_web_search_tool_user_location_type import (
        AnthropicWebSearchToolUserLocationType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicWebSearchToolUserLocation(LazyModel):
    """
    Example:
        {'city': 'San Francisco', 'country': 'US', 'region': 'California', 'timezone': 'America/Los_Angeles', 'type':
            'approximate'}

    Attributes:
        type (AnthropicWebSearchToolUserLocationType):
        city (str | None):
        country (str | None):
        region (str | None):
        timezone (str | None):
    """

    type: AnthropicWebSearchToolUserLocationType
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

        from ..models.anthropic_web_search_tool_user_location_type import (
            AnthropicWebSearchToolUserLocationType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicWebSearchToolUserLocationType(raw__)

            return type

        return {
            "type": type_,
        }
