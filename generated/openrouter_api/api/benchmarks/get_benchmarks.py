"""GET /benchmarks: List Benchmarks"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.unified_benchmarks_response import UnifiedBenchmarksResponse
from ...types import UNSET, ResponseLike, Unset

if TYPE_CHECKING:
    from ...models.get_benchmarks_arena import GetBenchmarksArena
    from ...models.get_benchmarks_benchmark_type import GetBenchmarksBenchmarkType
    from ...models.get_benchmarks_search_surface import GetBenchmarksSearchSurface
    from ...models.get_benchmarks_source import GetBenchmarksSource
    from ...models.get_benchmarks_task_type import GetBenchmarksTaskType

METHOD = "GET"
PATH = "/benchmarks"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
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
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_task_type: str | Unset = UNSET
    if not isinstance(task_type, Unset):
        json_task_type = task_type.value

    params["task_type"] = json_task_type

    json_benchmark_type: str | Unset = UNSET
    if not isinstance(benchmark_type, Unset):
        json_benchmark_type = benchmark_type.value

    params["benchmark_type"] = json_benchmark_type

    params["include_run_config"] = include_run_config

    params["search_engine"] = search_engine

    json_search_surface: str | Unset = UNSET
    if not isinstance(search_surface, Unset):
        json_search_surface = search_surface.value

    params["search_surface"] = json_search_surface

    json_arena: str | Unset = UNSET
    if not isinstance(arena, Unset):
        json_arena = arena.value

    params["arena"] = json_arena

    params["category"] = category

    params["max_results"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/benchmarks",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> UnifiedBenchmarksResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = UnifiedBenchmarksResponse.from_dict(response.json())

    return response_200
