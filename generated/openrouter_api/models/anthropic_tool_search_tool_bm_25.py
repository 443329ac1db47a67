from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_tool_search_tool_bm_25_name import (
        AnthropicToolSearchToolBm25Name,
    )
    from ..models.anthropic_tool_search_tool_bm_25_type import (
        AnthropicToolSearchToolBm25Type,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicToolSearchToolBm25(LazyModel):
    """
    Attributes:
        name (AnthropicToolSearchToolBm25Name):
        type (AnthropicToolSearchToolBm25Type):
        allowed_callers (list[AnthropicAllowedCallersItem] | None):  Example: ['direct'].
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        defer_loading (bool | None):
        strict (bool | None):
    """

    name: AnthropicToolSearchToolBm25Name
    type: AnthropicToolSearchToolBm25Type
    allowed_callers: list[AnthropicAllowedCallersItem] | None = ABSENT
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    defer_loading: bool | None = ABSENT
    strict: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
        ("allowed_callers", "allowed_callers"),
        ("cache_control", "cache_control"),
        ("defer_loading", "defer_loading"),
        ("strict", "strict"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("name", "tool_search_tool_bm25"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem
        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.anthropic_tool_search_tool_bm_25_name import (
            AnthropicToolSearchToolBm25Name,
        )
        from ..models.anthropic_tool_search_tool_bm_25_type import (
            AnthropicToolSearchToolBm25Type,
        )

        def name_(raw__: Any) -> Any:
            name = AnthropicToolSearchToolBm25Name(raw__)

            return name

        def type_(raw__: Any) -> Any:
            type = AnthropicToolSearchToolBm25Type(raw__)

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

        return {
            "name": name_,
            "type": type_,
            "allowed_callers": allowed_callers_,
            "cache_control": cache_control_,
        }
