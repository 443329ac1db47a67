from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.aa_benchmark_entry import AABenchmarkEntry
    from ..models.da_benchmark_entry import DABenchmarkEntry


@_attrs_define(slots=False, repr=False)
class ModelBenchmarks(LazyModel):
    """Third-party benchmark rankings for this model. Omitted when no benchmark data is available.

    Example:
        {'artificial_analysis': {'agentic_index': 55.8, 'coding_index': 63.2, 'intelligence_index': 71.4},
            'design_arena': [{'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank': 5, 'win_rate': 62.5}]}

    Attributes:
        design_arena (list[DABenchmarkEntry]): Design Arena ELO rankings across arena+category pairs. Example:
            [{'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank': 5, 'win_rate': 62.5}].
        artificial_analysis (AABenchmarkEntry | None): Artificial Analysis benchmark index scores. Example:
            {'agentic_index': 55.8, 'coding_index': 63.2, 'intelligence_index': 71.4}.
    """

    design_arena: list[DABenchmarkEntry]
    artificial_analysis: AABenchmarkEntry | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("design_arena", "design_arena"),
        ("artificial_analysis", "artificial_analysis"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "design_arena",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "design_arena",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.aa_benchmark_entry import AABenchmarkEntry
        from ..models.da_benchmark_entry import DABenchmarkEntry

        def design_arena_(raw__: Any) -> Any:
            design_arena = []
            _design_arena = raw__
            for design_arena_item_data in _design_arena:
                design_arena_item = DABenchmarkEntry.from_dict(design_arena_item_data)

                design_arena.append(design_arena_item)

            return design_arena

        def artificial_analysis_(raw__: Any) -> Any:
            artificial_analysis = AABenchmarkEntry.from_dict(raw__)

            return artificial_analysis

        return {
            "design_arena": design_arena_,
            "artificial_analysis": artificial_analysis_,
        }
