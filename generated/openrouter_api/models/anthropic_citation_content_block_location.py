from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_citation_content_block_location_type import (
        AnthropicCitationContentBlockLocationType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicCitationContentBlockLocation(LazyModel):
    """
    Example:
        {'cited_text': 'Example cited text', 'document_index': 0, 'document_title': None, 'end_block_index': 1,
            'file_id': None, 'start_block_index': 0, 'type': 'content_block_location'}

    Attributes:
        cited_text (str):
        document_index (int):
        document_title (str | None):
        end_block_index (int):
        file_id (str | None):
        start_block_index (int):
        type (AnthropicCitationContentBlockLocationType):
    """

    cited_text: str
    document_index: int
    document_title: str | None
    end_block_index: int
    file_id: str | None
    start_block_index: int
    type: AnthropicCitationContentBlockLocationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cited_text", "cited_text"),
        ("document_index", "document_index"),
        ("document_title", "document_title"),
        ("end_block_index", "end_block_index"),
        ("file_id", "file_id"),
        ("start_block_index", "start_block_index"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "cited_text",
            "document_index",
            "document_title",
            "end_block_index",
            "file_id",
            "start_block_index",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "content_block_location"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_citation_content_block_location_type import (
            AnthropicCitationContentBlockLocationType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicCitationContentBlockLocationType(raw__)

            return type

        return {
            "type": type_,
        }
