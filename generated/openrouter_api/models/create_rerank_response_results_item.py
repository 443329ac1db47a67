from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.create_rerank_response_results_item_document import (
        CreateRerankResponseResultsItemDocument,
    )


@_attrs_define(slots=False, repr=False)
class CreateRerankResponseResultsItem(LazyModel):
    """A single rerank result

    Example:
        {'document': {'text': 'Paris is the capital of France.'}, 'index': 0, 'relevance_score': 0.98}

    Attributes:
        document (CreateRerankResponseResultsItemDocument): The document object echoing the original input (text and/or
            image)
        index (int): Index of the document in the original input list Example: 0.
        relevance_score (float): Relevance score of the document to the query Example: 0.98.
    """

    document: CreateRerankResponseResultsItemDocument
    index: int
    relevance_score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("document", "document"),
        ("index", "index"),
        ("relevance_score", "relevance_score"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "document",
            "index",
            "relevance_score",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "document",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.create_rerank_response_results_item_document import (
            CreateRerankResponseResultsItemDocument,
        )

        def document_(raw__: Any) -> Any:
            document = CreateRerankResponseResultsItemDocument.from_dict(raw__)

            return document

        return {
            "document": document_,
        }
