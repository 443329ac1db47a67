from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing
    from ..models.unified_benchmarks_da_item_source import UnifiedBenchmarksDAItemSource
    from ..models.unified_benchmarks_da_item_tournament_stats import (
        UnifiedBenchmarksDAItemTournamentStats,
    )


@_attrs_define(slots=False, repr=False)
class UnifiedBenchmarksDAItem(LazyModel):
    """
    Example:
        {'arena': 'models', 'avg_generation_time_ms': 3200, 'category': 'codecategories', 'display_name': 'Claude Sonnet
            4', 'elo': 1423, 'model_permaslug': 'anthropic/claude-sonnet-4', 'pricing': {'completion': '0.000015', 'prompt':
            '0.000003'}, 'source': 'design-arena', 'tournament_stats': {'first_place': 12, 'fourth_place': 2,
            'second_place': 8, 'third_place': 5, 'total': 27}, 'win_rate': 72}

    Attributes:
        arena (str): Arena this ranking belongs to. Example: models.
        avg_generation_time_ms (float | None): Average generation time in milliseconds. Example: 3200.
        category (str): Category within the arena. Example: codecategories.
        display_name (str): Human-readable model name from Design Arena. Example: Claude Sonnet 4.
        elo (float): ELO rating from head-to-head arena battles. Example: 1423.
        model_permaslug (str): Stable OpenRouter model identifier when mapped; otherwise the upstream Design Arena model
            id. Example: anthropic/claude-sonnet-4.
        pricing (UnifiedBenchmarkPricing | None):
        source (UnifiedBenchmarksDAItemSource): Benchmark source discriminator.
        tournament_stats (UnifiedBenchmarksDAItemTournamentStats): Placement distribution from tournament matches.
        win_rate (float): Win rate as a percentage (0–100). Example: 72.
    """

    arena: str
    avg_generation_time_ms: float | None
    category: str
    display_name: str
    elo: float
    model_permaslug: str
    pricing: UnifiedBenchmarkPricing | None
    source: UnifiedBenchmarksDAItemSource
    tournament_stats: UnifiedBenchmarksDAItemTournamentStats
    win_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arena", "arena"),
        ("avg_generation_time_ms", "avg_generation_time_ms"),
        ("category", "category"),
        ("display_name", "display_name"),
        ("elo", "elo"),
        ("model_permaslug", "model_permaslug"),
        ("pricing", "pricing"),
        ("source", "source"),
        ("tournament_stats", "tournament_stats"),
        ("win_rate", "win_rate"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "arena",
            "avg_generation_time_ms",
            "category",
            "display_name",
            "elo",
            "model_permaslug",
            "pricing",
            "source",
            "tournament_stats",
            "win_rate",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "tournament_stats",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("source", "design-arena"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing
        from ..models.unified_benchmarks_da_item_source import (
            UnifiedBenchmarksDAItemSource,
        )
        from ..models.unified_benchmarks_da_item_tournament_stats import (
            UnifiedBenchmarksDAItemTournamentStats,
        )

        def pricing_(raw__: Any) -> Any:
            def _parse_pricing(data: object) -> None | UnifiedBenchmarkPricing:
                if data is None:
                    return data
                if UnifiedBenchmarkPricing.accepts(data):
                    pricing_type_0 = UnifiedBenchmarkPricing.from_dict(data)

                    return pricing_type_0
                if UnifiedBenchmarkPricing.discriminated_by(data):
                    return UnifiedBenchmarkPricing.from_dict(data)
                return cast(None | UnifiedBenchmarkPricing, data)

            pricing = _parse_pricing(raw__)

            return pricing

        def source_(raw__: Any) -> Any:
            source = UnifiedBenchmarksDAItemSource(raw__)

            return source

        def tournament_stats_(raw__: Any) -> Any:
            tournament_stats = UnifiedBenchmarksDAItemTournamentStats.from_dict(raw__)

            return tournament_stats

        return {
            "pricing": pricing_,
            "source": source_,
            "tournament_stats": tournament_stats_,
        }
