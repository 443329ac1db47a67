from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_citation_char_location_param import (
        AnthropicCitationCharLocationParam,
    )
    from ..models.anthropic_citation_content_block_location_param import (
        AnthropicCitationContentBlockLocationParam,
    )
    from ..models.anthropic_citation_page_location_param import (
        AnthropicCitationPageLocationParam,
    )
    from ..models.anthropic_citation_search_result_location_param import (
        AnthropicCitationSearchResultLocationParam,
    )
    from ..models.anthropic_citation_web_search_result_location_param import (
        AnthropicCitationWebSearchResultLocationParam,
    )
    from ..models.anthropic_text_block_param_type import AnthropicTextBlockParamType


@_attrs_define(slots=False, repr=False)
class AnthropicTextBlockParam(LazyModel):
    """
    Example:
        {'text': 'Hello, world!', 'type': 'text'}

    Attributes:
        text (str):
        type (AnthropicTextBlockParamType):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        citations (list[AnthropicCitationCharLocationParam | AnthropicCitationContentBlockLocationParam |
            AnthropicCitationPageLocationParam | AnthropicCitationSearchResultLocationParam |
            AnthropicCitationWebSearchResultLocationParam] | None):
    """

    text: str
    type: AnthropicTextBlockParamType
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    citations: (
        list[
            AnthropicCitationCharLocationParam
            | AnthropicCitationContentBlockLocationParam
            | AnthropicCitationPageLocationParam
            | AnthropicCitationSearchResultLocationParam
            | AnthropicCitationWebSearchResultLocationParam
        ]
        | None
    ) = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("type", "type"),
        ("cache_control", "cache_control"),
        ("citations", "citations"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "text"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.anthropic_citation_char_location_param import (
            AnthropicCitationCharLocationParam,
        )
        from ..models.anthropic_citation_content_block_location_param import (
            AnthropicCitationContentBlockLocationParam,
        )
        from ..models.anthropic_citation_page_location_param import (
            AnthropicCitationPageLocationParam,
        )
        from ..models.anthropic_citation_search_result_location_param import (
            AnthropicCitationSearchResultLocationParam,
        )
        from ..models.anthropic_citation_web_search_result_location_param import (
            AnthropicCitationWebSearchResultLocationParam,
        )
        from ..models.anthropic_text_block_param_type import AnthropicTextBlockParamType

        def type_(raw__: Any) -> Any:
            type = AnthropicTextBlockParamType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def citations_(raw__: Any) -> Any:
            def _parse_citations(
                data: object,
            ) -> (
                list[
                    AnthropicCitationCharLocationParam
                    | AnthropicCitationContentBlockLocationParam
                    | AnthropicCitationPageLocationParam
                    | AnthropicCitationSearchResultLocationParam
                    | AnthropicCitationWebSearchResultLocationParam
                ]
                | None
            ):
                if data is None:
                    return data
                if isinstance(data, list):
                    citations_type_0 = []
                    _citations_type_0 = data
                    for citations_type_0_item_data in _citations_type_0:

                        def _parse_citations_type_0_item(
                            data: object,
                        ) -> (
                            AnthropicCitationCharLocationParam
                            | AnthropicCitationContentBlockLocationParam
                            | AnthropicCitationPageLocationParam
                            | AnthropicCitationSearchResultLocationParam
                            | AnthropicCitationWebSearchResultLocationParam
                        ):
                            if AnthropicCitationCharLocationParam.accepts(data):
                                citations_type_0_item_type_0 = (
                                    AnthropicCitationCharLocationParam.from_dict(data)
                                )

                                return citations_type_0_item_type_0
                            if AnthropicCitationPageLocationParam.accepts(data):
                                citations_type_0_item_type_1 = (
                                    AnthropicCitationPageLocationParam.from_dict(data)
                                )

                                return citations_type_0_item_type_1
                            if AnthropicCitationContentBlockLocationParam.accepts(data):
                                citations_type_0_item_type_2 = AnthropicCitationContentBlockLocationParam.from_dict(
                                    data
                                )

                                return citations_type_0_item_type_2
                            if AnthropicCitationWebSearchResultLocationParam.accepts(
                                data
                            ):
                                citations_type_0_item_type_3 = AnthropicCitationWebSearchResultLocationParam.from_dict(
                                    data
                                )

                                return citations_type_0_item_type_3
                            if AnthropicCitationSearchResultLocationParam.accepts(data):
                                citations_type_0_item_type_4 = AnthropicCitationSearchResultLocationParam.from_dict(
                                    data
                                )

                                return citations_type_0_item_type_4
                            if AnthropicCitationCharLocationParam.discriminated_by(
                                data
                            ):
                                return AnthropicCitationCharLocationParam.from_dict(
                                    data
                                )
                            if AnthropicCitationPageLocationParam.discriminated_by(
                                data
                            ):
                                return AnthropicCitationPageLocationParam.from_dict(
                                    data
                                )
                            if AnthropicCitationContentBlockLocationParam.discriminated_by(
                                data
                            ):
                                return AnthropicCitationContentBlockLocationParam.from_dict(
                                    data
                                )
                            if AnthropicCitationWebSearchResultLocationParam.discriminated_by(
                                data
                            ):
                                return AnthropicCitationWebSearchResultLocationParam.from_dict(
                                    data
                                )
                            if AnthropicCitationSearchResultLocationParam.discriminated_by(
                                data
                            ):
                                return AnthropicCitationSearchResultLocationParam.from_dict(
                                    data
                                )
                            return cast(
                                AnthropicCitationCharLocationParam
                                | AnthropicCitationContentBlockLocationParam
                                | AnthropicCitationPageLocationParam
                                | AnthropicCitationSearchResultLocationParam
                                | AnthropicCitationWebSearchResultLocationParam,
                                data,
                            )

                        citations_type_0_item = _parse_citations_type_0_item(
                            citations_type_0_item_data
                        )

                        citations_type_0.append(citations_type_0_item)

                    return citations_type_0
                return cast(
                    list[
                        AnthropicCitationCharLocationParam
                        | AnthropicCitationContentBlockLocationParam
                        | AnthropicCitationPageLocationParam
                        | AnthropicCitationSearchResultLocationParam
                        | AnthropicCitationWebSearchResultLocationParam
                    ]
                    | None,
                    data,
                )

            citations = _parse_citations(raw__)

            return citations

        return {
            "type": type_,
            "cache_control": cache_control_,
            "citations": citations_,
        }
