from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.unified_benchmarks_or_item_benchmark_type import (
        UnifiedBenchmarksORItemBenchmarkType,
    )
    from ..models.unified_benchmarks_or_item_source import UnifiedBenchmarksORItemSource


@_attrs_define(slots=False, repr=False)
class UnifiedBenchmarksORItem(LazyModel):
    """
    Example:
        {'accuracy': 0.72, 'accuracy_stddev': 0.03, 'avg_cost_per_task': 0.002, 'benchmark_type': 'gpqa_diamond',
            'display_name': 'GPT-4o', 'last_run_timestamp': '2026-06-03T12:00:00Z', 'model_permaslug': 'openai/gpt-4o',
            'source': 'openrouter', 'total_tasks': 300}

    Attributes:
        accuracy (float): Aggregate accuracy score from 0 to 1. Higher is better. Example: 0.72.
        accuracy_stddev (float | None): Standard deviation of run accuracy, or null for a single run. Example: 0.03.
        avg_cost_per_task (float | None): Average cost per task in USD, or null if unavailable. Example: 0.002.
        benchmark_type (UnifiedBenchmarksORItemBenchmarkType): OpenRouter benchmark evaluation type. Example:
            gpqa_diamond.
        display_name (str): Human-readable model name. Example: GPT-4o.
        last_run_timestamp (str): Timestamp of the most recent public benchmark run. Example: 2026-06-03T12:00:00Z.
        model_permaslug (str): Stable OpenRouter model identifier. Example: openai/gpt-4o.
        source (UnifiedBenchmarksORItemSource): Benchmark source discriminator.
        total_tasks (int): Total benchmark tasks across runs. Example: 300.
    """

    accuracy: float
    accuracy_stddev: float | None
    avg_cost_per_task: float | None
    benchmark_type: UnifiedBenchmarksORItemBenchmarkType
    display_name: str
    last_run_timestamp: str
    model_permaslug: str
    source: UnifiedBenchmarksORItemSource
    total_tasks: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("accuracy", "accuracy"),
        ("accuracy_stddev", "accuracy_stddev"),
        ("avg_cost_per_task", "avg_cost_per_task"),
        ("benchmark_type", "benchmark_type"),
        ("display_name", "display_name"),
        ("last_run_timestamp", "last_run_timestamp"),
        ("model_permaslug", "model_permaslug"),
        ("source", "source"),
        ("total_tasks", "total_tasks"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "accuracy",
            "accuracy_stddev",
            "avg_cost_per_task",
            "benchmark_type",
            "display_name",
            "last_run_timestamp",
            "model_permaslug",
            "source",
            "total_tasks",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("source", "openrouter"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.unified_benchmarks_or_item_benchmark_type import (
            UnifiedBenchmarksORItemBenchmarkType,
        )
        from ..models.unified_benchmarks_or_item_source import (
            UnifiedBenchmarksORItemSource,
        )

        def benchmark_type_(raw__: Any) -> Any:
            benchmark_type = UnifiedBenchmarksORItemBenchmarkType(raw__)

            return benchmark_type

        def source_(raw__: Any) -> Any:
            source = UnifiedBenchmarksORItemSource(raw__)

            return source

        return {
            "benchmark_type": benchmark_type_,
            "source": source_,
        }
