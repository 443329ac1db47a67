from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive_type import (
        AnthropicCacheControlDirectiveType,
    )
    from ..models.anthropic_cache_control_ttl import AnthropicCacheControlTtl


@_attrs_define(slots=False, repr=False)
class AnthropicCacheControlDirective(LazyModel):
    """Enable automatic prompt caching. When set at the top level, the system automatically applies cache breakpoints to
    the last cacheable block in the request. When set on an individual content block, it marks an explicit cache
    breakpoint; block-level markers also work on OpenAI models that support explicit prompt caching — OpenRouter
    converts them to the provider's native format.

        Example:
            {'type': 'ephemeral'}

        Attributes:
            type (AnthropicCacheControlDirectiveType):
            ttl (AnthropicCacheControlTtl | None):  Example: 5m.
    """

    type: AnthropicCacheControlDirectiveType
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
        from ..models.anthropic_cache_control_directive_type import (
            AnthropicCacheControlDirectiveType,
        )
        from ..models.anthropic_cache_control_ttl import AnthropicCacheControlTtl

        def type_(raw__: Any) -> Any:
            type = AnthropicCacheControlDirectiveType(raw__)

            return type

        def ttl_(raw__: Any) -> Any:
            ttl = AnthropicCacheControlTtl(raw__)

            return ttl

        return {
            "type": type_,
            "ttl": ttl_,
        }
