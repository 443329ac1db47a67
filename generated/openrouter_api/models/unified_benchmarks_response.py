from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
    from ..models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
    from ..models.unified_benchmarks_meta import UnifiedBenchmarksMeta
    from ..models.unified_benchmarks_or_item import UnifiedBenchmarksORItem
    from ..models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem


@_attrs_define(slots=False, repr=False)
class UnifiedBenchmarksResponse(LazyModel):
    """
    Example:
        {'data': [{'agentic_index': 58.3, 'coding_index': 65.8, 'display_name': 'GPT-4o', 'intelligence_index': 71.2,
            'model_permaslug': 'openai/gpt-4o', 'pricing': {'completion': '0.00001', 'prompt': '0.0000025'}, 'source':
            'artificial-analysis'}, {'accuracy': 0.72, 'accuracy_stddev': 0.03, 'avg_cost_per_task': 0.002,
            'benchmark_type': 'gpqa_diamond', 'display_name': 'GPT-4o', 'last_run_timestamp': '2026-06-03T12:00:00Z',
            'model_permaslug': 'openai/gpt-4o', 'source': 'openrouter', 'total_tasks': 300}], 'meta': {'as_of':
            '2026-06-03T12:00:00Z', 'citation': None, 'model_count': 1, 'source': None, 'source_url': None, 'task_type':
            None, 'version': 'v1'}}

    Attributes:
        data (list[UnifiedBenchmarksAAItem | UnifiedBenchmarksDAItem | UnifiedBenchmarksORItem |
            UnifiedBenchmarksSearchItem]):
        meta (UnifiedBenchmarksMeta):  Example: {'as_of': '2026-06-03T12:00:00Z', 'citation': 'Source: Artificial
            Analysis (artificialanalysis.ai) via OpenRouter (openrouter.ai/rankings).', 'model_count': 50, 'source':
            'artificial-analysis', 'source_url': 'https://artificialanalysis.ai', 'task_type': None, 'version': 'v1'}.
    """

    data: list[
        UnifiedBenchmarksAAItem
        | UnifiedBenchmarksDAItem
        | UnifiedBenchmarksORItem
        | UnifiedBenchmarksSearchItem
    ]
    meta: UnifiedBenchmarksMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("meta", "meta"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "meta",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "meta",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
        from ..models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
        from ..models.unified_benchmarks_meta import UnifiedBenchmarksMeta
        from ..models.unified_benchmarks_or_item import UnifiedBenchmarksORItem
        from ..models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:

                def _parse_data_item(
                    data: object,
                ) -> (
                    UnifiedBenchmarksAAItem
                    | UnifiedBenchmarksDAItem
                    | UnifiedBenchmarksORItem
                    | UnifiedBenchmarksSearchItem
                ):
                    if UnifiedBenchmarksAAItem.accepts(data):
                        data_item_type_0 = UnifiedBenchmarksAAItem.from_dict(data)

                        return data_item_type_0
                    if UnifiedBenchmarksDAItem.accepts(data):
                        data_item_type_1 = UnifiedBenchmarksDAItem.from_dict(data)

                        return data_item_type_1
                    if UnifiedBenchmarksORItem.accepts(data):
                        data_item_type_2 = UnifiedBenchmarksORItem.from_dict(data)

                        return data_item_type_2
                    if UnifiedBenchmarksSearchItem.accepts(data):
                        data_item_type_3 = UnifiedBenchmarksSearchItem.from_dict(data)

                        return data_item_type_3
                    if UnifiedBenchmarksAAItem.discriminated_by(data):
                        return UnifiedBenchmarksAAItem.from_dict(data)
                    if UnifiedBenchmarksDAItem.discriminated_by(data):
                        return UnifiedBenchmarksDAItem.from_dict(data)
                    if UnifiedBenchmarksORItem.discriminated_by(data):
                        return UnifiedBenchmarksORItem.from_dict(data)
                    if UnifiedBenchmarksSearchItem.discriminated_by(data):
                        return UnifiedBenchmarksSearchItem.from_dict(data)
                    return cast(
                        UnifiedBenchmarksAAItem
                        | UnifiedBenchmarksDAItem
                        | UnifiedBenchmarksORItem
                        | UnifiedBenchmarksSearchItem,
                        data,
                    )

                data_item = _parse_data_item(data_item_data)

                data.append(data_item)

            return data

        def meta_(raw__: Any) -> Any:
            meta = UnifiedBenchmarksMeta.from_dict(raw__)

            return meta

        return {
            "data": data_,
            "meta": meta_,
        }
