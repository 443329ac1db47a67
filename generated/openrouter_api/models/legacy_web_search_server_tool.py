from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.legacy_web_search_server_tool_type import (
        LegacyWebSearchServerToolType,
    )
    from ..models.search_context_size_enum import SearchContextSizeEnum
    from ..models.web_search_domain_filter import WebSearchDomainFilter
    from ..models.web_search_engine_enum import WebSearchEngineEnum
    from ..models.web_search_mode import WebSearchMode
    from ..models.web_search_user_location import WebSearchUserLocation


@_attrs_define(slots=False, repr=False)
class LegacyWebSearchServerTool(LazyModel):
    """Web search tool configuration

    Example:
        {'engine': 'auto', 'filters': {'allowed_domains': ['example.com']}, 'type': 'web_search'}

    Attributes:
        type (LegacyWebSearchServerToolType):
        engine (WebSearchEngineEnum | None): Which search engine to use. "auto" (default) uses native if the provider
            supports it, otherwise Exa. "native" forces the provider's built-in search. "exa" forces the Exa search API.
            "firecrawl" uses Firecrawl (requires BYOK). "parallel" uses the Parallel search API. "perplexity" uses the
            Perplexity Search API (raw ranked results). Example: auto.
        filters (WebSearchDomainFilter | None):
        max_results (int | None): Maximum number of search results to return per search call. Defaults to 5. Applies to
            Exa, Firecrawl, Parallel, and Perplexity engines; ignored with native provider search. Perplexity supports a
            maximum of 20; values above 20 are clamped. Example: 5.
        max_uses (int | None): Maximum number of web searches the model may perform in a single request. Once reached,
            further search calls return an error result instead of executing. Applies to the Exa, Firecrawl, Parallel, and
            Perplexity engines. With native provider search, forwarded only to Anthropic (as `max_uses`); other native
            search providers have no equivalent parameter and ignore it. Example: 3.
        mode (WebSearchMode | None): Engine-native search mode. Exa supports instant, fast, auto (default), deep-lite,
            deep, and deep-reasoning. Parallel supports turbo, fast, basic (default), and advanced. Modes unsupported by the
            selected engine are ignored. Example: auto.
        search_context_size (SearchContextSizeEnum | None): Size of the search context for web search tools Example:
            medium.
        user_location (WebSearchUserLocation | None):
    """

    type: LegacyWebSearchServerToolType
    engine: WebSearchEngineEnum | None = ABSENT
    filters: WebSearchDomainFilter | None = ABSENT
    max_results: int | None = ABSENT
    max_uses: int | None = ABSENT
    mode: WebSearchMode | None = ABSENT
    search_context_size: SearchContextSizeEnum | None = ABSENT
    user_location: WebSearchUserLocation | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("engine", "engine"),
        ("filters", "filters"),
        ("max_results", "max_results"),
        ("max_uses", "max_uses"),
        ("mode", "mode"),
        ("search_context_size", "search_context_size"),
        ("user_location", "user_location"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "web_search"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.legacy_web_search_server_tool_type import (
            LegacyWebSearchServerToolType,
        )
        from ..models.search_context_size_enum import SearchContextSizeEnum
        from ..models.web_search_domain_filter import WebSearchDomainFilter
        from ..models.web_search_engine_enum import WebSearchEngineEnum
        from ..models.web_search_mode import WebSearchMode
        from ..models.web_search_user_location import WebSearchUserLocation

        def type_(raw__: Any) -> Any:
            type = LegacyWebSearchServerToolType(raw__)

            return type

        def engine_(raw__: Any) -> Any:
            engine = WebSearchEngineEnum(raw__)

            return engine

        def filters_(raw__: Any) -> Any:
            def _parse_filters(data: object) -> None | WebSearchDomainFilter:
                if data is None:
                    return data
                if WebSearchDomainFilter.accepts(data):
                    filters_type_0 = WebSearchDomainFilter.from_dict(data)

                    return filters_type_0
                if WebSearchDomainFilter.discriminated_by(data):
                    return WebSearchDomainFilter.from_dict(data)
                return cast(None | WebSearchDomainFilter, data)

            filters = _parse_filters(raw__)

            return filters

        def mode_(raw__: Any) -> Any:
            mode = WebSearchMode(raw__)

            return mode

        def search_context_size_(raw__: Any) -> Any:
            search_context_size = SearchContextSizeEnum(raw__)

            return search_context_size

        def user_location_(raw__: Any) -> Any:
            def _parse_user_location(data: object) -> None | WebSearchUserLocation:
                if data is None:
                    return data
                if WebSearchUserLocation.accepts(data):
                    user_location_type_0 = WebSearchUserLocation.from_dict(data)

                    return user_location_type_0
                if WebSearchUserLocation.discriminated_by(data):
                    return WebSearchUserLocation.from_dict(data)
                return cast(None | WebSearchUserLocation, data)

            user_location = _parse_user_location(raw__)

            return user_location

        return {
            "type": type_,
            "engine": engine_,
            "filters": filters_,
            "mode": mode_,
            "search_context_size": search_context_size_,
            "user_location": user_location_,
        }
