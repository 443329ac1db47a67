from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_web_search_result_type import AnthropicWebSearchResultType


@_attrs_define(slots=False, repr=False)
class AnthropicWebSearchResult(LazyModel):
    """
    Example:
        {'encrypted_content': 'enc_content_0', 'page_age': None, 'title': 'Example Page', 'type': 'web_search_result',
            'url': 'https://example.com'}

    Attributes:
        encrypted_content (str):
        page_age (str | None):
        title (str):
        type (AnthropicWebSearchResultType):
        url (str):
    """

    encrypted_content: str
    page_age: str | None
    title: str
    type: AnthropicWebSearchResultType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("encrypted_content", "encrypted_content"),
        ("page_age", "page_age"),
        ("title", "title"),
        ("type", "type"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "encrypted_content",
            "page_age",
            "title",
            "type",
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "web_search_result"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_web_search_result_type import (
            AnthropicWebSearchResultType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicWebSearchResultType(raw__)

            return type

        return {
            "type": type_,
        }
