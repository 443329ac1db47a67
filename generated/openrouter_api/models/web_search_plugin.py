from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.web_search_engine import WebSearchEngine
    from ..models.web_search_mode import WebSearchMode
    from ..models.web_search_plugin_id import WebSearchPluginId
    from ..models.web_search_plugin_user_location import WebSearchPluginUserLocation


@_attrs_define(slots=False, repr=False)
class WebSearchPlugin(LazyModel):
    """
    Example:
        {'enabled': True, 'id': 'web', 'max_results': 5}

    Attributes:
        id (WebSearchPluginId):
        enabled (bool | None): Set to false to disable the web-search plugin for this request. Defaults to true.
        engine (WebSearchEngine | None): The search engine to use for web search. Example: exa.
        exclude_domains (list[str] | None): A list of domains to exclude from web search results. Supports wildcards
            (e.g. "*.substack.com") and path filtering (e.g. "openai.com/blog"). Example: ['example.com', '*.substack.com',
            'openai.com/blog'].
        include_domains (list[str] | None): A list of domains to restrict web search results to. Supports wildcards
            (e.g. "*.substack.com") and path filtering (e.g. "openai.com/blog"). Example: ['example.com', '*.substack.com',
            'openai.com/blog'].
        max_results (int | None):
        max_uses (int | None): Maximum number of times the model can invoke web search in a single turn. Passed through
            to native providers that support it (e.g. Anthropic).
        mode (WebSearchMode | None): Engine-native search mode. Exa supports instant, fast, auto (default), deep-lite,
            deep, and deep-reasoning. Parallel supports turbo, fast, basic (default), and advanced. Modes unsupported by the
            selected engine are ignored. Example: auto.
        search_prompt (str | None):
        user_location (WebSearchPluginUserLocation | None):
    """

    id: WebSearchPluginId
    enabled: bool | None = ABSENT
    engine: WebSearchEngine | None = ABSENT
    exclude_domains: list[str] | None = ABSENT
    include_domains: list[str] | None = ABSENT
    max_results: int | None = ABSENT
    max_uses: int | None = ABSENT
    mode: WebSearchMode | None = ABSENT
    search_prompt: str | None = ABSENT
    user_location: WebSearchPluginUserLocation | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("enabled", "enabled"),
        ("engine", "engine"),
        ("exclude_domains", "exclude_domains"),
        ("include_domains", "include_domains"),
        ("max_results", "max_results"),
        ("max_uses", "max_uses"),
        ("mode", "mode"),
        ("search_prompt", "search_prompt"),
        ("user_location", "user_location"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("id", "web"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.web_search_engine import WebSearchEngine
        from ..models.web_search_mode import WebSearchMode
        from ..models.web_search_plugin_id import WebSearchPluginId
        from ..models.web_search_plugin_user_location import WebSearchPluginUserLocation

        def id_(raw__: Any) -> Any:
            id = WebSearchPluginId(raw__)

            return id

        def engine_(raw__: Any) -> Any:
            engine = WebSearchEngine(raw__)

            return engine

        def exclude_domains_(raw__: Any) -> Any:
            exclude_domains = cast(list[str], raw__)

            return exclude_domains

        def include_domains_(raw__: Any) -> Any:
            include_domains = cast(list[str], raw__)

            return include_domains

        def mode_(raw__: Any) -> Any:
            mode = WebSearchMode(raw__)

            return mode

        def user_location_(raw__: Any) -> Any:
            user_location = WebSearchPluginUserLocation.from_dict(raw__)

            return user_location

        return {
            "id": id_,
            "engine": engine_,
            "exclude_domains": exclude_domains_,
            "include_domains": include_domains_,
            "mode": mode_,
            "user_location": user_location_,
        }
