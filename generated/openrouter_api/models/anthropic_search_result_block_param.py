from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_search_result_block_param_citations import (
        AnthropicSearchResultBlockParamCitations,
    )
    from ..models.anthropic_search_result_block_param_type import (
        AnthropicSearchResultBlockParamType,
    )
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam


@_attrs_define(slots=False, repr=False)
class AnthropicSearchResultBlockParam(LazyModel):
    """
    Example:
        {'content': [{'text': 'Result content', 'type': 'text'}], 'source': 'example_source', 'title': 'Example Result',
            'type': 'search_result'}

    Attributes:
        content (list[AnthropicTextBlockParam]):
        source (str):
        title (str):
        type (AnthropicSearchResultBlockParamType):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        citations (AnthropicSearchResultBlockParamCitations | None):
    """

    content: list[AnthropicTextBlockParam]
    source: str
    title: str
    type: AnthropicSearchResultBlockParamType
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    citations: AnthropicSearchResultBlockParamCitations | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("source", "source"),
        ("title", "title"),
        ("type", "type"),
        ("cache_control", "cache_control"),
        ("citations", "citations"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "source",
            "title",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "search_result"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.anthropic_search_result_block_param_citations import (
            AnthropicSearchResultBlockParamCitations,
        )
        from ..models.anthropic_search_result_block_param_type import (
            AnthropicSearchResultBlockParamType,
        )
        from ..models.anthropic_text_block_param import AnthropicTextBlockParam

        def content_(raw__: Any) -> Any:
            content = []
            _content = raw__
            for content_item_data in _content:
                content_item = AnthropicTextBlockParam.from_dict(content_item_data)

                content.append(content_item)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicSearchResultBlockParamType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def citations_(raw__: Any) -> Any:
            citations = AnthropicSearchResultBlockParamCitations.from_dict(raw__)

            return citations

        return {
            "content": content_,
            "type": type_,
            "cache_control": cache_control_,
            "citations": citations_,
        }
