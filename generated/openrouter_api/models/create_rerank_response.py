from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.create_rerank_response_results_item import (
        CreateRerankResponseResultsItem,
    )
    from ..models.create_rerank_response_usage import CreateRerankResponseUsage


@_attrs_define(slots=False, repr=False)
class CreateRerankResponse(LazyModel):
    """Rerank response containing ranked results

    Example:
        {'id': 'gen-rerank-1234567890-abc', 'model': 'cohere/rerank-v3.5', 'results': [{'document': {'text': 'Paris is
            the capital of France.'}, 'index': 0, 'relevance_score': 0.98}], 'usage': {'search_units': 1, 'total_tokens':
            150}}

    Attributes:
        model (str): The model used for reranking Example: cohere/rerank-v3.5.
        results (list[CreateRerankResponseResultsItem]): List of rerank results sorted by relevance Example:
            [{'document': {'text': 'Paris is the capital of France.'}, 'index': 0, 'relevance_score': 0.98}].
        id (str | None): Unique identifier for the rerank response (ORID format) Example: gen-rerank-1234567890-abc.
        provider (str | None): The provider that served the rerank request Example: Cohere.
        usage (CreateRerankResponseUsage | None): Usage statistics Example: {'search_units': 1, 'total_tokens': 150}.
    """

    model: str
    results: list[CreateRerankResponseResultsItem]
    id: str | None = ABSENT
    provider: str | None = ABSENT
    usage: CreateRerankResponseUsage | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("results", "results"),
        ("id", "id"),
        ("provider", "provider"),
        ("usage", "usage"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "results",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "results",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.create_rerank_response_results_item import (
            CreateRerankResponseResultsItem,
        )
        from ..models.create_rerank_response_usage import CreateRerankResponseUsage

        def results_(raw__: Any) -> Any:
            results = []
            _results = raw__
            for results_item_data in _results:
                results_item = CreateRerankResponseResultsItem.from_dict(
                    results_item_data
                )

                results.append(results_item)

            return results

        def usage_(raw__: Any) -> Any:
            usage = CreateRerankResponseUsage.from_dict(raw__)

            return usage

        return {
            "results": results_,
            "usage": usage_,
        }
