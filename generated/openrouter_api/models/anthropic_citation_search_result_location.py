from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_citation_search_result_location_type import (
        AnthropicCitationSearchResultLocationType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicCitationSearchResultLocation(LazyModel):
    """
    Example:
        {'cited_text': 'Example cited text', 'end_block_index': 1, 'search_result_index': 0, 'source': 'example_source',
            'start_block_index': 0, 'title': 'Example Result', 'type': 'search_result_location'}

    Attributes:
        cited_text (str):
        end_block_index (int):
        search_result_index (int):
        source (str):
        start_block_index (int):
        title (str | None):
        type (AnthropicCitationSearchResultLocationType):
    """

    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: str | None
    type: AnthropicCitationSearchResultLocationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cited_text", "cited_text"),
        ("end_block_index", "end_block_index"),
        ("search_result_index", "search_result_index"),
        ("source", "source"),
        ("start_block_index", "start_block_index"),
        ("title", "title"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "cited_text",
            "end_block_index",
            "search_result_index",
            "source",
            "start_block_index",
            "title",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "search_result_location"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_citation_search_result_location_type import (
            AnthropicCitationSearchResultLocationType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicCitationSearchResultLocationType(raw__)

            return type

        return {
            "type": type_,
        }
