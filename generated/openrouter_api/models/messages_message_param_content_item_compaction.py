from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.messages_message_param_content_item_compaction_type import (
        MessagesMessageParamContentItemCompactionType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesMessageParamContentItemCompaction(LazyModel):
    """
    Attributes:
        content (str | None):
        type (MessagesMessageParamContentItemCompactionType):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        encrypted_content (str | None):
    """

    content: str | None
    type: MessagesMessageParamContentItemCompactionType
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    encrypted_content: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("type", "type"),
        ("cache_control", "cache_control"),
        ("encrypted_content", "encrypted_content"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "compaction"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.messages_message_param_content_item_compaction_type import (
            MessagesMessageParamContentItemCompactionType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesMessageParamContentItemCompactionType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        return {
            "type": type_,
            "cache_control": cache_control_,
        }
