from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.url_citation_type import URLCitationType


@_attrs_define(slots=False, repr=False)
class URLCitation(LazyModel):
    """
    Example:
        {'content': 'OpenRouter provides a unified API for accessing LLMs from multiple providers.', 'end_index': 42,
            'start_index': 0, 'title': 'OpenRouter Documentation', 'type': 'url_citation', 'url':
            'https://openrouter.ai/docs'}

    Attributes:
        end_index (int):
        start_index (int):
        title (str):
        type (URLCitationType):
        url (str):
        content (str | None):
    """

    end_index: int
    start_index: int
    title: str
    type: URLCitationType
    url: str
    content: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("end_index", "end_index"),
        ("start_index", "start_index"),
        ("title", "title"),
        ("type", "type"),
        ("url", "url"),
        ("content", "content"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "end_index",
            "start_index",
            "title",
            "type",
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "url_citation"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.url_citation_type import URLCitationType

        def type_(raw__: Any) -> Any:
            type = URLCitationType(raw__)

            return type

        return {
            "type": type_,
        }
