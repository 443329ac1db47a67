from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.compound_filter import CompoundFilter
    from ..models.file_search_server_tool_filters import FileSearchServerToolFilters
    from ..models.file_search_server_tool_ranking_options import (
        FileSearchServerToolRankingOptions,
    )
    from ..models.file_search_server_tool_type import FileSearchServerToolType


@_attrs_define(slots=False, repr=False)
class FileSearchServerTool(LazyModel):
    """File search tool configuration

    Example:
        {'type': 'file_search', 'vector_store_ids': ['vs_abc123']}

    Attributes:
        type (FileSearchServerToolType):
        vector_store_ids (list[str]):
        filters (CompoundFilter | FileSearchServerToolFilters | None):
        max_num_results (int | None):
        ranking_options (FileSearchServerToolRankingOptions | None):
    """

    type: FileSearchServerToolType
    vector_store_ids: list[str]
    filters: CompoundFilter | FileSearchServerToolFilters | None = ABSENT
    max_num_results: int | None = ABSENT
    ranking_options: FileSearchServerToolRankingOptions | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("vector_store_ids", "vector_store_ids"),
        ("filters", "filters"),
        ("max_num_results", "max_num_results"),
        ("ranking_options", "ranking_options"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "vector_store_ids",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "vector_store_ids",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "file_search"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.compound_filter import CompoundFilter
        from ..models.file_search_server_tool_filters import FileSearchServerToolFilters
        from ..models.file_search_server_tool_ranking_options import (
            FileSearchServerToolRankingOptions,
        )
        from ..models.file_search_server_tool_type import FileSearchServerToolType

        def type_(raw__: Any) -> Any:
            type = FileSearchServerToolType(raw__)

            return type

        def vector_store_ids_(raw__: Any) -> Any:
            vector_store_ids = cast(list[str], raw__)

            return vector_store_ids

        def filters_(raw__: Any) -> Any:
            def _parse_filters(
                data: object,
            ) -> CompoundFilter | FileSearchServerToolFilters | None:
                if data is None:
                    return data
                if FileSearchServerToolFilters.accepts(data):
                    filters_type_0 = FileSearchServerToolFilters.from_dict(data)

                    return filters_type_0
                if CompoundFilter.accepts(data):
                    filters_type_1 = CompoundFilter.from_dict(data)

                    return filters_type_1
                if FileSearchServerToolFilters.discriminated_by(data):
                    return FileSearchServerToolFilters.from_dict(data)
                if CompoundFilter.discriminated_by(data):
                    return CompoundFilter.from_dict(data)
                return cast(CompoundFilter | FileSearchServerToolFilters | None, data)

            filters = _parse_filters(raw__)

            return filters

        def ranking_options_(raw__: Any) -> Any:
            ranking_options = FileSearchServerToolRankingOptions.from_dict(raw__)

            return ranking_options

        return {
            "type": type_,
            "vector_store_ids": vector_store_ids_,
            "filters": filters_,
            "ranking_options": ranking_options_,
        }
