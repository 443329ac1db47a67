from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.messages_request_tools_item_bash_20250124_name import (
        MessagesRequestToolsItemBash20250124Name,
    )
    from ..models.messages_request_tools_item_bash_20250124_type import (
        MessagesRequestToolsItemBash20250124Type,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestToolsItemBash20250124(LazyModel):
    """
    Attributes:
        name (MessagesRequestToolsItemBash20250124Name):
        type (MessagesRequestToolsItemBash20250124Type):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
    """

    name: MessagesRequestToolsItemBash20250124Name
    type: MessagesRequestToolsItemBash20250124Type
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
        ("cache_control", "cache_control"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("name", "bash"),
        ("type", "bash_20250124"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.messages_request_tools_item_bash_20250124_name import (
            MessagesRequestToolsItemBash20250124Name,
        )
        from ..models.messages_request_tools_item_bash_20250124_type import (
            MessagesRequestToolsItemBash20250124Type,
        )

        def name_(raw__: Any) -> Any:
            name = MessagesRequestToolsItemBash20250124Name(raw__)

            return name

        def type_(raw__: Any) -> Any:
            type = MessagesRequestToolsItemBash20250124Type(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        return {
            "name": name_,
            "type": type_,
            "cache_control": cache_control_,
        }
