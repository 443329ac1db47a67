from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.messages_message_param_content_item_server_tool_use_type import (
        MessagesMessageParamContentItemServerToolUseType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesMessageParamContentItemServerToolUse(LazyModel):
    """
    Attributes:
        id (str):
        name (str):
        type (MessagesMessageParamContentItemServerToolUseType):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        input (Any | None):
    """

    id: str
    name: str
    type: MessagesMessageParamContentItemServerToolUseType
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    input: Any | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("type", "type"),
        ("cache_control", "cache_control"),
        ("input", "input"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "server_tool_use"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.messages_message_param_content_item_server_tool_use_type import (
            MessagesMessageParamContentItemServerToolUseType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesMessageParamContentItemServerToolUseType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        return {
            "type": type_,
            "cache_control": cache_control_,
        }
