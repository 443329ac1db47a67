from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.unified_benchmarks_search_item_benchmark_type import (
        UnifiedBenchmarksSearchItemBenchmarkType,
    )
    from ..models.unified_benchmarks_search_item_primary_metric import (
        UnifiedBenchmarksSearchItemPrimaryMetric,
    )
    from ..models.unified_benchmarks_search_item_search_surface import (
        UnifiedBenchmarksSearchItemSearchSurface,
    )
    from ..models.unified_benchmarks_search_item_source import (
        UnifiedBenchmarksSearchItemSource,
    )
    from ..models.unified_benchmarks_search_run_config import (
        UnifiedBenchmarksSearchRunConfig,
    )


@_attrs_define(slots=False, repr=False)
class UnifiedBenchmarksSearchItem(LazyModel):
    """
    Attributes:
        avg_cost_per_task (float | None): Average cost per task in USD, or null if unavailable. Example: 0.031.
        avg_latency_per_task_ms (float | None): Average wall-clock latency per task in milliseconds, or null if
            unavailable. Example: 45210.
        benchmark_type (UnifiedBenchmarksSearchItemBenchmarkType): OpenRouter search benchmark. Example:
            search_browsecomp.
        display_name (str): Human-readable model name. Example: GPT-4o.
        last_run_timestamp (str): Timestamp of the newest qualifying run in the published configuration's lane. Example:
            2026-07-28T13:38:18Z.
        model_permaslug (str): Stable OpenRouter model identifier. Example: openai/gpt-4o.
        primary_metric (UnifiedBenchmarksSearchItemPrimaryMetric): Identifies the meaning of `primary_score`:
            `f1_by_item` for WideSearch, `accuracy` for all other search benchmarks. Example: accuracy.
        primary_score (float): The benchmark's headline score from 0 to 1. Its meaning is identified by
            `primary_metric`: item-weighted F1 for WideSearch or strict accuracy for the other search benchmarks. Higher is
            better. Example: 0.72.
        search_engine (str): Search engine the published configuration used. Example: exa.
        search_surface (UnifiedBenchmarksSearchItemSearchSurface): Request surface the published configuration went
            through. Example: server-tool.
        source (UnifiedBenchmarksSearchItemSource): Benchmark source discriminator.
        total_tasks (int): Tasks evaluated across the published configuration's runs. Example: 100.
        run_config (UnifiedBenchmarksSearchRunConfig | None): Published lane configuration, included only when
            include_run_config=true. Only the agent turn count, reasoning effort, and temperature are exposed; other harness
            settings are intentionally not part of the public contract.
    """

    avg_cost_per_task: float | None
    avg_latency_per_task_ms: float | None
    benchmark_type: UnifiedBenchmarksSearchItemBenchmarkType
    display_name: str
    last_run_timestamp: str
    model_permaslug: str
    primary_metric: UnifiedBenchmarksSearchItemPrimaryMetric
    primary_score: float
    search_engine: str
    search_surface: UnifiedBenchmarksSearchItemSearchSurface
    source: UnifiedBenchmarksSearchItemSource
    total_tasks: int
    run_config: UnifiedBenchmarksSearchRunConfig | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("avg_cost_per_task", "avg_cost_per_task"),
        ("avg_latency_per_task_ms", "avg_latency_per_task_ms"),
        ("benchmark_type", "benchmark_type"),
        ("display_name", "display_name"),
        ("last_run_timestamp", "last_run_timestamp"),
        ("model_permaslug", "model_permaslug"),
        ("primary_metric", "primary_metric"),
        ("primary_score", "primary_score"),
        ("search_engine", "search_engine"),
        ("search_surface", "search_surface"),
        ("source", "source"),
        ("total_tasks", "total_tasks"),
        ("run_config", "run_config"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "avg_cost_per_task",
            "avg_latency_per_task_ms",
            "benchmark_type",
            "display_name",
            "last_run_timestamp",
            "model_permaslug",
            "primary_metric",
            "primary_score",
            "search_engine",
            "search_surface",
            "source",
            "total_tasks",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("source", "openrouter"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.unified_benchmarks_search_item_benchmark_type import (
            UnifiedBenchmarksSearchItemBenchmarkType,
        )
        from ..models.unified_benchmarks_search_item_primary_metric import (
            UnifiedBenchmarksSearchItemPrimaryMetric,
        )
        from ..models.unified_benchmarks_search_item_search_surface import (
            UnifiedBenchmarksSearchItemSearchSurface,
        )
        from ..models.unified_benchmarks_search_item_source import (
            UnifiedBenchmarksSearchItemSource,
        )
        from ..models.unified_benchmarks_search_run_config import (
            UnifiedBenchmarksSearchRunConfig,
        )

        def benchmark_type_(raw__: Any) -> Any:
            benchmark_type = UnifiedBenchmarksSearchItemBenchmarkType(raw__)

            return benchmark_type

        def primary_metric_(raw__: Any) -> Any:
            primary_metric = UnifiedBenchmarksSearchItemPrimaryMetric(raw__)

            return primary_metric

        def search_surface_(raw__: Any) -> Any:
            search_surface = UnifiedBenchmarksSearchItemSearchSurface(raw__)

            return search_surface

        def source_(raw__: Any) -> Any:
            source = UnifiedBenchmarksSearchItemSource(raw__)

            return source

        def run_config_(raw__: Any) -> Any:
            run_config = UnifiedBenchmarksSearchRunConfig.from_dict(raw__)

            return run_config

        return {
            "benchmark_type": benchmark_type_,
            "primary_metric": primary_metric_,
            "search_surface": search_surface_,
            "source": source_,
            "run_config": run_config_,
        }
