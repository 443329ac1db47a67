from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_base_64_image_source import AnthropicBase64ImageSource
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_image_block_param_type import AnthropicImageBlockParamType
    from ..models.anthropic_url_image_source import AnthropicUrlImageSource


@_attrs_define(slots=False, repr=False)
class AnthropicImageBlockParam(LazyModel):
    """
    Example:
        {'source': {'data': '/9j/4AAQ...', 'media_type': 'image/jpeg', 'type': 'base64'}, 'type': 'image'}

    Attributes:
        source (AnthropicBase64ImageSource | AnthropicUrlImageSource):
        type (AnthropicImageBlockParamType):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
    """

    source: AnthropicBase64ImageSource | AnthropicUrlImageSource
    type: AnthropicImageBlockParamType
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("source", "source"),
        ("type", "type"),
        ("cache_control", "cache_control"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "source",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "image"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_base_64_image_source import AnthropicBase64ImageSource
        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.anthropic_image_block_param_type import (
            AnthropicImageBlockParamType,
        )
        from ..models.anthropic_url_image_source import AnthropicUrlImageSource

        def source_(raw__: Any) -> Any:
            def _parse_source(
                data: object,
            ) -> AnthropicBase64ImageSource | AnthropicUrlImageSource:
                if AnthropicBase64ImageSource.accepts(data):
                    source_type_0 = AnthropicBase64ImageSource.from_dict(data)

                    return source_type_0
                if AnthropicUrlImageSource.accepts(data):
                    source_type_1 = AnthropicUrlImageSource.from_dict(data)

                    return source_type_1
                if AnthropicBase64ImageSource.discriminated_by(data):
                    return AnthropicBase64ImageSource.from_dict(data)
                if AnthropicUrlImageSource.discriminated_by(data):
                    return AnthropicUrlImageSource.from_dict(data)
                return cast(AnthropicBase64ImageSource | AnthropicUrlImageSource, data)

            source = _parse_source(raw__)

            return source

        def type_(raw__: Any) -> Any:
            type = AnthropicImageBlockParamType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        return {
            "source": source_,
            "type": type_,
            "cache_control": cache_control_,
        }
