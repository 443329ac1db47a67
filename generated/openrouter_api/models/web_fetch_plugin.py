from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.web_fetch_plugin_id import WebFetchPluginId


@_attrs_define(slots=False, repr=False)
class WebFetchPlugin(LazyModel):
    """
    Example:
        {'id': 'web-fetch', 'max_uses': 10}

    Attributes:
        id (WebFetchPluginId):
        allowed_domains (list[str] | None): Only fetch from these domains.
        blocked_domains (list[str] | None): Never fetch from these domains.
        max_content_tokens (int | None): Maximum content length in approximate tokens. Content exceeding this limit is
            truncated.
        max_uses (int | None): Maximum number of web fetches per request. Once exceeded, the tool returns an error.
    """

    id: WebFetchPluginId
    allowed_domains: list[str] | None = ABSENT
    blocked_domains: list[str] | None = ABSENT
    max_content_tokens: int | None = ABSENT
    max_uses: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("allowed_domains", "allowed_domains"),
        ("blocked_domains", "blocked_domains"),
        ("max_content_tokens", "max_content_tokens"),
        ("max_uses", "max_uses"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("id", "web-fetch"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.web_fetch_plugin_id import WebFetchPluginId

        def id_(raw__: Any) -> Any:
            id = WebFetchPluginId(raw__)

            return id

        def allowed_domains_(raw__: Any) -> Any:
            allowed_domains = cast(list[str], raw__)

            return allowed_domains

        def blocked_domains_(raw__: Any) -> Any:
            blocked_domains = cast(list[str], raw__)

            return blocked_domains

        return {
            "id": id_,
            "allowed_domains": allowed_domains_,
            "blocked_domains": blocked_domains_,
        }
