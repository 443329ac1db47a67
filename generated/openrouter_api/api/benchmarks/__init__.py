"""Operations tagged benchmarks, as methods bound to a caller.

A caller is what a configured client provides: it sends the request an operation module builds
(auth, retries, timeouts and error mapping are the caller's business) and decodes the answer
with the module's ``parse_success``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping  # noqa: F401 (used by some signatures)
from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, FileTypes, Unset  # noqa: F401 (used by some signatures)

if TYPE_CHECKING:
    from types import ModuleType

    from ...models.get_benchmarks_arena import GetBenchmarksArena
    from ...models.get_benchmarks_benchmark_type import GetBenchmarksBenchmarkType
    from ...models.get_benchmarks_search_surface import GetBenchmarksSearchSurface
    from ...models.get_benchmarks_source import GetBenchmarksSource
    from ...models.get_benchmarks_task_type import GetBenchmarksTaskType
    from ...models.unified_benchmarks_response import UnifiedBenchmarksResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class BenchmarksApi:
    """benchmarks operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def get_benchmarks(
        self,
        *,
        source: GetBenchmarksSource | Unset = UNSET,
        task_type: GetBenchmarksTaskType | Unset = UNSET,
        benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
        include_run_config: bool | Unset = False,
        search_engine: str | Unset = UNSET,
        search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
        arena: GetBenchmarksArena | Unset = UNSET,
        category: str | Unset = UNSET,
        max_results: int | Unset = UNSET,
    ) -> UnifiedBenchmarksResponse:
        """GET /benchmarks: List Benchmarks"""
        return self._invoke(
            _operation("get_benchmarks"),
            source=source,
            task_type=task_type,
            benchmark_type=benchmark_type,
            include_run_config=include_run_config,
            search_engine=search_engine,
            search_surface=search_surface,
            arena=arena,
            category=category,
            max_results=max_results,
        )


class AsyncBenchmarksApi:
    """benchmarks operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def get_benchmarks(
        self,
        *,
        source: GetBenchmarksSource | Unset = UNSET,
        task_type: GetBenchmarksTaskType | Unset = UNSET,
        benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
        include_run_config: bool | Unset = False,
        search_engine: str | Unset = UNSET,
        search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
        arena: GetBenchmarksArena | Unset = UNSET,
        category: str | Unset = UNSET,
        max_results: int | Unset = UNSET,
    ) -> UnifiedBenchmarksResponse:
        """GET /benchmarks: List Benchmarks"""
        return await self._invoke(
            _operation("get_benchmarks"),
            source=source,
            task_type=task_type,
            benchmark_type=benchmark_type,
            include_run_config=include_run_config,
            search_engine=search_engine,
            search_surface=search_surface,
            arena=arena,
            category=category,
            max_results=max_results,
        )
