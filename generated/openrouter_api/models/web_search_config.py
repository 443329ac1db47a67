from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.search_quality_level import SearchQualityLevel
    from ..models.web_search_engine_enum import WebSearchEngineEnum
    from ..models.web_search_mode import WebSearchMode
    from ..models.web_search_user_location_server_tool import (
        WebSearchUserLocationServerTool,
    )


@_attrs_define(slots=False, repr=False)
class WebSearchConfig(LazyModel):
    """
    Example:
        {'max_results': 5, 'search_context_size': 'medium'}

    Attributes:
        allowed_domains (list[str] | None): Limit search results to these domains. Supported by Exa, Firecrawl,
            Parallel, Perplexity, and most native providers (Anthropic, OpenAI, xAI). Cannot be used with excluded_domains.
        engine (WebSearchEngineEnum | None): Which search engine to use. "auto" (default) uses native if the provider
            supports it, otherwise Exa. "native" forces the provider's built-in search. "exa" forces the Exa search API.
            "firecrawl" uses Firecrawl (requires BYOK). "parallel" uses the Parallel search API. "perplexity" uses the
            Perplexity Search API (raw ranked results). Example: auto.
        excluded_domains (list[str] | None): Exclude search results from these domains. Supported by Exa, Firecrawl,
            Parallel, Perplexity, Anthropic, OpenAI, and xAI. Cannot be used with allowed_domains.
        max_characters (int | None): Exact maximum number of characters of content per search result. Applies to the
            Exa, Parallel, and Perplexity engines; ignored with native provider search and Firecrawl. For Exa, caps
            highlight content per result. For Parallel, caps excerpt content per result (default 1,500 when omitted). For
            Perplexity, maps to the native `max_tokens_per_page` parameter (converted from characters to tokens) and trims
            the response to the exact character cap. When both `max_characters` and `search_context_size` are set,
            `max_characters` takes precedence. When omitted, falls back to `search_context_size` mapping (Exa) or engine
            defaults (Parallel, Perplexity). Example: 2000.
        max_results (int | None): Maximum number of search results to return per search call. Defaults to 5. Applies to
            Exa, Firecrawl, Parallel, and Perplexity engines; ignored with native provider search. Perplexity supports a
            maximum of 20; values above 20 are clamped. Example: 5.
        max_total_results (int | None): Maximum total number of search results across all search calls in a single
            request. Once this limit is reached, the tool will stop returning new results. Useful for controlling cost and
            context size in agentic loops. Defaults to 50 when not specified. Example: 50.
        max_uses (int | None): Maximum number of web searches the model may perform in a single request. Once reached,
            further search calls return an error result instead of executing. Applies to the Exa, Firecrawl, Parallel, and
            Perplexity engines. With native provider search, forwarded only to Anthropic (as `max_uses`); other native
            search providers have no equivalent parameter and ignore it. Example: 3.
        mode (WebSearchMode | None): Engine-native search mode. Exa supports instant, fast, auto (default), deep-lite,
            deep, and deep-reasoning. Parallel supports turbo, fast, basic (default), and advanced. Modes unsupported by the
            selected engine are ignored. Example: auto.
        search_context_size (SearchQualityLevel | None): How much context to retrieve per result. Applies to Exa,
            Parallel, and Perplexity engines; ignored with native provider search and Firecrawl. For Exa, pins a fixed per-
            result character cap (low=5,000, medium=15,000, high=30,000); when omitted, Exa picks an adaptive size per query
            and document (typically ~2,000–4,000 characters per result). For Parallel, controls the total characters across
            all results; when omitted, Parallel uses its own default size. For Perplexity, maps directly to the Search API's
            native search_context_size parameter. Overridden by `max_characters` when both are set. Example: medium.
        user_location (WebSearchUserLocationServerTool | None): Approximate user location for location-biased results.
            Example: {'city': 'San Francisco', 'country': 'US', 'region': 'California', 'timezone': 'America/Los_Angeles',
            'type': 'approximate'}.
    """

    allowed_domains: list[str] | None = ABSENT
    engine: WebSearchEngineEnum | None = ABSENT
    excluded_domains: list[str] | None = ABSENT
    max_characters: int | None = ABSENT
    max_results: int | None = ABSENT
    max_total_results: int | None = ABSENT
    max_uses: int | None = ABSENT
    mode: WebSearchMode | None = ABSENT
    search_context_size: SearchQualityLevel | None = ABSENT
    user_location: WebSearchUserLocationServerTool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allowed_domains", "allowed_domains"),
        ("engine", "engine"),
        ("excluded_domains", "excluded_domains"),
        ("max_characters", "max_characters"),
        ("max_results", "max_results"),
        ("max_total_results", "max_total_results"),
        ("max_uses", "max_uses"),
        ("mode", "mode"),
        ("search_context_size", "search_context_size"),
        ("user_location", "user_location"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.search_quality_level import SearchQualityLevel
        from ..models.web_search_engine_enum import WebSearchEngineEnum
        from ..models.web_search_mode import WebSearchMode
        from ..models.web_search_user_location_server_tool import (
            WebSearchUserLocationServerTool,
        )

        def allowed_domains_(raw__: Any) -> Any:
            allowed_domains = cast(list[str], raw__)

            return allowed_domains

        def engine_(raw__: Any) -> Any:
            engine = WebSearchEngineEnum(raw__)

            return engine

        def excluded_domains_(raw__: Any) -> Any:
            excluded_domains = cast(list[str], raw__)

            return excluded_domains

        def mode_(raw__: Any) -> Any:
            mode = WebSearchMode(raw__)

            return mode

        def search_context_size_(raw__: Any) -> Any:
            search_context_size = SearchQualityLevel(raw__)

            return search_context_size

        def user_location_(raw__: Any) -> Any:
            user_location = WebSearchUserLocationServerTool.from_dict(raw__)

            return user_location

        return {
            "allowed_domains": allowed_domains_,
            "engine": engine_,
            "excluded_domains": excluded_domains_,
            "mode": mode_,
            "search_context_size": search_context_size_,
            "user_location": user_location_,
        }
