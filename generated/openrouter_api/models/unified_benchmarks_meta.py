from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.unified_benchmarks_meta_source import UnifiedBenchmarksMetaSource
    from ..models.unified_benchmarks_meta_version import UnifiedBenchmarksMetaVersion


@_attrs_define(slots=False, repr=False)
class UnifiedBenchmarksMeta(LazyModel):
    """
    Example:
        {'as_of': '2026-06-03T12:00:00Z', 'citation': 'Source: Artificial Analysis (artificialanalysis.ai) via
            OpenRouter (openrouter.ai/rankings).', 'model_count': 50, 'source': 'artificial-analysis', 'source_url':
            'https://artificialanalysis.ai', 'task_type': None, 'version': 'v1'}

    Attributes:
        as_of (str): ISO-8601 timestamp of when this data was last updated. Example: 2026-06-03T12:00:00Z.
        citation (str | None): Required attribution when republishing this data, or null when results span multiple
            sources (attribute each item individually by its `source` discriminator). Example: Source: Artificial Analysis
            (artificialanalysis.ai) via OpenRouter (openrouter.ai/rankings)..
        model_count (int): Number of unique models in the response.
        source (UnifiedBenchmarksMetaSource | None): The source filter applied, or null when all sources are returned.
            Example: artificial-analysis.
        source_url (str | None): URL of the upstream data source, or null when results span multiple sources. Example:
            https://artificialanalysis.ai.
        task_type (str | None): The task_type filter applied, or null if showing all.
        version (UnifiedBenchmarksMetaVersion): Dataset version.
    """

    as_of: str
    citation: str | None
    model_count: int
    source: UnifiedBenchmarksMetaSource | None
    source_url: str | None
    task_type: str | None
    version: UnifiedBenchmarksMetaVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("as_of", "as_of"),
        ("citation", "citation"),
        ("model_count", "model_count"),
        ("source", "source"),
        ("source_url", "source_url"),
        ("task_type", "task_type"),
        ("version", "version"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "as_of",
            "citation",
            "model_count",
            "source",
            "source_url",
            "task_type",
            "version",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("version", "v1"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.unified_benchmarks_meta_source import UnifiedBenchmarksMetaSource
        from ..models.unified_benchmarks_meta_version import (
            UnifiedBenchmarksMetaVersion,
        )

        def source_(raw__: Any) -> Any:
            def _parse_source(data: object) -> None | UnifiedBenchmarksMetaSource:
                if data is None:
                    return data
                if UnifiedBenchmarksMetaSource.is_declared(data):
                    source_type_0 = UnifiedBenchmarksMetaSource(data)

                    return source_type_0
                if isinstance(data, str):
                    return UnifiedBenchmarksMetaSource(data)
                return cast(None | UnifiedBenchmarksMetaSource, data)

            source = _parse_source(raw__)

            return source

        def version_(raw__: Any) -> Any:
            version = UnifiedBenchmarksMetaVersion(raw__)

            return version

        return {
            "source": source_,
            "version": version_,
        }
