from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_web_search_result_block_param_type import (
        AnthropicWebSearchResultBlockParamType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicWebSearchResultBlockParam(LazyModel):
    """
    Example:
        {'encrypted_content': 'enc_content_0', 'title': 'Example Page', 'type': 'web_search_result', 'url':
            'https://example.com'}

    Attributes:
        encrypted_content (str):
        title (str):
        type (AnthropicWebSearchResultBlockParamType):
        url (str):
        page_age (str | None):
    """

    encrypted_content: str
    title: str
    type: AnthropicWebSearchResultBlockParamType
    url: str
    page_age: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("encrypted_content", "encrypted_content"),
        ("title", "title"),
        ("type", "type"),
        ("url", "url"),
        ("page_age", "page_age"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "encrypted_content",
            "title",
            "type",
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "web_search_result"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_web_search_result_block_param_type import (
            AnthropicWebSearchResultBlockParamType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicWebSearchResultBlockParamType(raw__)

            return type

        return {
            "type": type_,
        }
