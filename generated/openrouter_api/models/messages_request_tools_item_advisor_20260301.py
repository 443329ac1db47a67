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
    from ..models.messages_request_tools_item_advisor_20260301_name import (
        MessagesRequestToolsItemAdvisor20260301Name,
    )
    from ..models.messages_request_tools_item_advisor_20260301_type import (
        MessagesRequestToolsItemAdvisor20260301Type,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestToolsItemAdvisor20260301(LazyModel):
    """
    Attributes:
        model (str):
        name (MessagesRequestToolsItemAdvisor20260301Name):
        type (MessagesRequestToolsItemAdvisor20260301Type):
        allowed_callers (list[AnthropicAllowedCallersItem] | None):  Example: ['direct'].
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        caching (AnthropicCacheControlDirective | None):
        defer_loading (bool | None):
        max_uses (int | None):
    """

    model: str
    name: MessagesRequestToolsItemAdvisor20260301Name
    type: MessagesRequestToolsItemAdvisor20260301Type
    allowed_callers: list[AnthropicAllowedCallersItem] | None = ABSENT
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    caching: AnthropicCacheControlDirective | None = ABSENT
    defer_loading: bool | None = ABSENT
    max_uses: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("name", "name"),
        ("type", "type"),
        ("allowed_callers", "allowed_callers"),
        ("cache_control", "cache_control"),
        ("caching", "caching"),
        ("defer_loading", "defer_loading"),
        ("max_uses", "max_uses"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("name", "advisor"),
        ("type", "advisor_20260301"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem
        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.messages_request_tools_item_advisor_20260301_name import (
            MessagesRequestToolsItemAdvisor20260301Name,
        )
        from ..models.messages_request_tools_item_advisor_20260301_type import (
            MessagesRequestToolsItemAdvisor20260301Type,
        )

        def name_(raw__: Any) -> Any:
            name = MessagesRequestToolsItemAdvisor20260301Name(raw__)

            return name

        def type_(raw__: Any) -> Any:
            type = MessagesRequestToolsItemAdvisor20260301Type(raw__)

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

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def caching_(raw__: Any) -> Any:
            def _parse_caching(data: object) -> AnthropicCacheControlDirective | None:
                if data is None:
                    return data
                if AnthropicCacheControlDirective.accepts(data):
                    caching_type_0 = AnthropicCacheControlDirective.from_dict(data)

                    return caching_type_0
                if AnthropicCacheControlDirective.discriminated_by(data):
                    return AnthropicCacheControlDirective.from_dict(data)
                return cast(AnthropicCacheControlDirective | None, data)

            caching = _parse_caching(raw__)

            return caching

        return {
            "name": name_,
            "type": type_,
            "allowed_callers": allowed_callers_,
            "cache_control": cache_control_,
            "caching": caching_,
        }
