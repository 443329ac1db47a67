from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_citation_page_location_type import (
        AnthropicCitationPageLocationType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicCitationPageLocation(LazyModel):
    """
    Example:
        {'cited_text': 'Example cited text', 'document_index': 0, 'document_title': None, 'end_page_number': 2,
            'file_id': None, 'start_page_number': 1, 'type': 'page_location'}

    Attributes:
        cited_text (str):
        document_index (int):
        document_title (str | None):
        end_page_number (int):
        file_id (str | None):
        start_page_number (int):
        type (AnthropicCitationPageLocationType):
    """

    cited_text: str
    document_index: int
    document_title: str | None
    end_page_number: int
    file_id: str | None
    start_page_number: int
    type: AnthropicCitationPageLocationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cited_text", "cited_text"),
        ("document_index", "document_index"),
        ("document_title", "document_title"),
        ("end_page_number", "end_page_number"),
        ("file_id", "file_id"),
        ("start_page_number", "start_page_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "cited_text",
            "document_index",
            "document_title",
            "end_page_number",
            "file_id",
            "start_page_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "page_location"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_citation_page_location_type import (
            AnthropicCitationPageLocationType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicCitationPageLocationType(raw__)

            return type

        return {
            "type": type_,
        }
