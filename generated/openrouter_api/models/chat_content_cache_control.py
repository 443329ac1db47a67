from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_ttl import AnthropicCacheControlTtl
    from ..models.chat_content_cache_control_type import ChatContentCacheControlType


@_attrs_define(slots=False, repr=False)
class ChatContentCacheControl(LazyModel):
    """Anthropic-style cache breakpoint for the content part. Interchangeable with the OpenAI-style
    `prompt_cache_breakpoint` marker: OpenRouter converts between the two based on the provider serving the request.

        Example:
            {'ttl': '5m', 'type': 'ephemeral'}

        Attributes:
            type (ChatContentCacheControlType):
            ttl (AnthropicCacheControlTtl | None):  Example: 5m.
    """

    type: ChatContentCacheControlType
    ttl: AnthropicCacheControlTtl | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("ttl", "ttl"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "ephemeral"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_cache_control_ttl import AnthropicCacheControlTtl
        from ..models.chat_content_cache_control_type import ChatContentCacheControlType

        def type_(raw__: Any) -> Any:
            type = ChatContentCacheControlType(raw__)

            return type

        def ttl_(raw__: Any) -> Any:
            ttl = AnthropicCacheControlTtl(raw__)

            return ttl

        return {
            "type": type_,
            "ttl": ttl_,
        }
