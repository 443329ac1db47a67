from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.web_fetch_engine_enum import WebFetchEngineEnum


@_attrs_define(slots=False, repr=False)
class WebFetchServerToolConfig(LazyModel):
    """Configuration for the openrouter:web_fetch server tool

    Example:
        {'max_content_tokens': 100000, 'max_uses': 10}

    Attributes:
        allowed_domains (list[str] | None): Only fetch from these domains.
        blocked_domains (list[str] | None): Never fetch from these domains.
        engine (WebFetchEngineEnum | None): Which fetch engine to use. "auto" (default) uses native if the provider
            supports it, otherwise Exa. "native" forces the provider's built-in fetch. "exa" uses Exa Contents API.
            "openrouter" uses direct HTTP fetch. "firecrawl" uses Firecrawl scrape (requires BYOK). "parallel" uses the
            Parallel extract API. Example: auto.
        max_content_tokens (int | None): Maximum content length in approximate tokens. Content exceeding this limit is
            truncated. Example: 100000.
        max_uses (int | None): Maximum number of web fetches per request. Once exceeded, the tool returns an error.
            Example: 10.
    """

    allowed_domains: list[str] | None = ABSENT
    blocked_domains: list[str] | None = ABSENT
    engine: WebFetchEngineEnum | None = ABSENT
    max_content_tokens: int | None = ABSENT
    max_uses: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allowed_domains", "allowed_domains"),
        ("blocked_domains", "blocked_domains"),
        ("engine", "engine"),
        ("max_content_tokens", "max_content_tokens"),
        ("max_uses", "max_uses"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.web_fetch_engine_enum import WebFetchEngineEnum

        def allowed_domains_(raw__: Any) -> Any:
            allowed_domains = cast(list[str], raw__)

            return allowed_domains

        def blocked_domains_(raw__: Any) -> Any:
            blocked_domains = cast(list[str], raw__)

            return blocked_domains

        def engine_(raw__: Any) -> Any:
            engine = WebFetchEngineEnum(raw__)

            return engine

        return {
            "allowed_domains": allowed_domains_,
            "blocked_domains": blocked_domains_,
            "engine": engine_,
        }
