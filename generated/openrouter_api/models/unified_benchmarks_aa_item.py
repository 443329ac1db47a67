from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing
    from ..models.unified_benchmarks_aa_item_source import UnifiedBenchmarksAAItemSource


@_attrs_define(slots=False, repr=False)
class UnifiedBenchmarksAAItem(LazyModel):
    """
    Example:
        {'agentic_index': 58.3, 'coding_index': 65.8, 'display_name': 'GPT-4o', 'intelligence_index': 71.2,
            'model_permaslug': 'openai/gpt-4o', 'pricing': {'completion': '0.00001', 'prompt': '0.0000025'}, 'source':
            'artificial-analysis'}

    Attributes:
        agentic_index (float | None): Artificial Analysis Agentic Index composite score. Higher is better. Example:
            58.3.
        coding_index (float | None): Artificial Analysis Coding Index composite score. Higher is better. Example: 65.8.
        display_name (str): Model name as listed on Artificial Analysis. Example: GPT-4o.
        intelligence_index (float | None): Artificial Analysis Intelligence Index composite score. Higher is better.
            Example: 71.2.
        model_permaslug (str): Stable OpenRouter model identifier. Example: openai/gpt-4o.
        pricing (UnifiedBenchmarkPricing | None):
        source (UnifiedBenchmarksAAItemSource): Benchmark source discriminator.
    """

    agentic_index: float | None
    coding_index: float | None
    display_name: str
    intelligence_index: float | None
    model_permaslug: str
    pricing: UnifiedBenchmarkPricing | None
    source: UnifiedBenchmarksAAItemSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("agentic_index", "agentic_index"),
        ("coding_index", "coding_index"),
        ("display_name", "display_name"),
        ("intelligence_index", "intelligence_index"),
        ("model_permaslug", "model_permaslug"),
        ("pricing", "pricing"),
        ("source", "source"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "agentic_index",
            "coding_index",
            "display_name",
            "intelligence_index",
            "model_permaslug",
            "pricing",
            "source",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("source", "artificial-analysis"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing
        from ..models.unified_benchmarks_aa_item_source import (
            UnifiedBenchmarksAAItemSource,
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
            source = UnifiedBenchmarksAAItemSource(raw__)

            return source

        return {
            "pricing": pricing_,
            "source": source_,
        }
