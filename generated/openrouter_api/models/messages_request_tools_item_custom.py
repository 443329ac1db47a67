from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.messages_request_tools_item_custom_input_schema import (
        MessagesRequestToolsItemCustomInputSchema,
    )
    from ..models.messages_request_tools_item_custom_type import (
        MessagesRequestToolsItemCustomType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestToolsItemCustom(LazyModel):
    """
    Attributes:
        input_schema (MessagesRequestToolsItemCustomInputSchema):
        name (str):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        defer_loading (bool | None):
        description (str | None):
        type (MessagesRequestToolsItemCustomType | None):
    """

    input_schema: MessagesRequestToolsItemCustomInputSchema
    name: str
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    defer_loading: bool | None = ABSENT
    description: str | None = ABSENT
    type: MessagesRequestToolsItemCustomType | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_schema", "input_schema"),
        ("name", "name"),
        ("cache_control", "cache_control"),
        ("defer_loading", "defer_loading"),
        ("description", "description"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_schema",
            "name",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_schema",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.messages_request_tools_item_custom_input_schema import (
            MessagesRequestToolsItemCustomInputSchema,
        )
        from ..models.messages_request_tools_item_custom_type import (
            MessagesRequestToolsItemCustomType,
        )

        def input_schema_(raw__: Any) -> Any:
            input_schema = MessagesRequestToolsItemCustomInputSchema.from_dict(raw__)

            return input_schema

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def type_(raw__: Any) -> Any:
            type = MessagesRequestToolsItemCustomType(raw__)

            return type

        return {
            "input_schema": input_schema_,
            "cache_control": cache_control_,
            "type": type_,
        }
