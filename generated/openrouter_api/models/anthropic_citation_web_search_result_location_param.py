from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_citation_web_search_result_location_param_type import (
        AnthropicCitationWebSearchResultLocationParamType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicCitationWebSearchResultLocationParam(LazyModel):
    """
    Example:
        {'cited_text': 'Example cited text', 'encrypted_index': 'enc_idx_0', 'title': 'Example Page', 'type':
            'web_search_result_location', 'url': 'https://example.com'}

    Attributes:
        cited_text (str):
        encrypted_index (str):
        title (str | None):
        type (AnthropicCitationWebSearchResultLocationParamType):
        url (str):
    """

    cited_text: str
    encrypted_index: str
    title: str | None
    type: AnthropicCitationWebSearchResultLocationParamType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cited_text", "cited_text"),
        ("encrypted_index", "encrypted_index"),
        ("title", "title"),
        ("type", "type"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "cited_text",
            "encrypted_index",
            "title",
            "type",
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "web_search_result_location"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_citation_web_search_result_location_param_type import (
            AnthropicCitationWebSearchResultLocationParamType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicCitationWebSearchResultLocationParamType(raw__)

            return type

        return {
            "type": type_,
        }
