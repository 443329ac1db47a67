from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_web_search_tool_user_location import (
        AnthropicWebSearchToolUserLocation,
    )
    from ..models.messages_request_tools_item_web_search_20260209_name import (
        MessagesRequestToolsItemWebSearch20260209Name,
    )
    from ..models.messages_request_tools_item_web_search_20260209_type import (
        MessagesRequestToolsItemWebSearch20260209Type,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestToolsItemWebSearch20260209(LazyModel):
    """
    Attributes:
        name (MessagesRequestToolsItemWebSearch20260209Name):
        type (MessagesRequestToolsItemWebSearch20260209Type):
        allowed_callers (list[AnthropicAllowedCallersItem] | None):  Example: ['direct'].
        allowed_domains (list[str] | None):
        blocked_domains (list[str] | None):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        max_uses (int | None):
        user_location (AnthropicWebSearchToolUserLocation | None):
    """

    name: MessagesRequestToolsItemWebSearch20260209Name
    type: MessagesRequestToolsItemWebSearch20260209Type
    allowed_callers: list[AnthropicAllowedCallersItem] | None = ABSENT
    allowed_domains: list[str] | None = ABSENT
    blocked_domains: list[str] | None = ABSENT
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    max_uses: int | None = ABSENT
    user_location: AnthropicWebSearchToolUserLocation | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
        ("allowed_callers", "allowed_callers"),
        ("allowed_domains", "allowed_domains"),
        ("blocked_domains", "blocked_domains"),
        ("cache_control", "cache_control"),
        ("max_uses", "max_uses"),
        ("user_location", "user_location"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("name", "web_search"),
        ("type", "web_search_20260209"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem
        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.anthropic_web_search_tool_user_location import (
            AnthropicWebSearchToolUserLocation,
        )
        from ..models.messages_request_tools_item_web_search_20260209_name import (
            MessagesRequestToolsItemWebSearch20260209Name,
        )
        from ..models.messages_request_tools_item_web_search_20260209_type import (
            MessagesRequestToolsItemWebSearch20260209Type,
        )

        def name_(raw__: Any) -> Any:
            name = MessagesRequestToolsItemWebSearch20260209Name(raw__)

            return name

        def type_(raw__: Any) -> Any:
            type = MessagesRequestToolsItemWebSearch20260209Type(raw__)

            return type

        def allowed_callers_(raw__: Any) -> Any:
            allowed_callers = []
            _allowed_callers = raw__
            for (
                componentsschemas_anthropic_allowed_callers_item_data
            ) in _allowed_callers:
                componentsschemas_anthropic_allowed_callers_item = (
                    AnthropicAllowedCallersItem(
                        componentsschemas_anthropic_allowed_callers_item_data
                    )
                )

                allowed_callers.append(componentsschemas_anthropic_allowed_callers_item)

            return allowed_callers

        def allowed_domains_(raw__: Any) -> Any:
            def _parse_allowed_domains(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    allowed_domains_type_0 = cast(list[str], data)

                    return allowed_domains_type_0
                return cast(list[str] | None, data)

            allowed_domains = _parse_allowed_domains(raw__)

            return allowed_domains

        def blocked_domains_(raw__: Any) -> Any:
            def _parse_blocked_domains(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    blocked_domains_type_0 = cast(list[str], data)

                    return blocked_domains_type_0
                return cast(list[str] | None, data)

            blocked_domains = _parse_blocked_domains(raw__)

            return blocked_domains

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def user_location_(raw__: Any) -> Any:
            def _parse_user_location(
                data: object,
            ) -> AnthropicWebSearchToolUserLocation | None:
                if data is None:
                    return data
                if AnthropicWebSearchToolUserLocation.accepts(data):
                    user_location_type_0 = AnthropicWebSearchToolUserLocation.from_dict(
                        data
                    )

                    return user_location_type_0
                if AnthropicWebSearchToolUserLocation.discriminated_by(data):
                    return AnthropicWebSearchToolUserLocation.from_dict(data)
                return cast(AnthropicWebSearchToolUserLocation | None, data)

            user_location = _parse_user_location(raw__)

            return user_location

        return {
            "name": name_,
            "type": type_,
            "allowed_callers": allowed_callers_,
            "allowed_domains": allowed_domains_,
            "blocked_domains": blocked_domains_,
            "cache_control": cache_control_,
            "user_location": user_location_,
        }
