from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_item_web_search_call_action_search_type import (
        OutputItemWebSearchCallActionSearchType,
    )
    from ..models.web_search_source import WebSearchSource


@_attrs_define(slots=False, repr=False)
class OutputItemWebSearchCallActionSearch(LazyModel):
    """
    Attributes:
        query (str):
        type (OutputItemWebSearchCallActionSearchType):
        queries (list[str] | None):
        sources (list[WebSearchSource] | None):
    """

    query: str
    type: OutputItemWebSearchCallActionSearchType
    queries: list[str] | None = ABSENT
    sources: list[WebSearchSource] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("query", "query"),
        ("type", "type"),
        ("queries", "queries"),
        ("sources", "sources"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "query",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "search"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_item_web_search_call_action_search_type import (
            OutputItemWebSearchCallActionSearchType,
        )
        from ..models.web_search_source import WebSearchSource

        def type_(raw__: Any) -> Any:
            type = OutputItemWebSearchCallActionSearchType(raw__)

            return type

        def queries_(raw__: Any) -> Any:
            queries = cast(list[str], raw__)

            return queries

        def sources_(raw__: Any) -> Any:
            sources = []
            _sources = raw__
            for sources_item_data in _sources:
                sources_item = WebSearchSource.from_dict(sources_item_data)

                sources.append(sources_item)

            return sources

        return {
            "type": type_,
            "queries": queries_,
            "sources": sources_,
        }
