from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.file_search_server_tool_ranking_options_ranker import (
        FileSearchServerToolRankingOptionsRanker,
    )


@_attrs_define(slots=False, repr=False)
class FileSearchServerToolRankingOptions(LazyModel):
    """
    Attributes:
        ranker (FileSearchServerToolRankingOptionsRanker | None):
        score_threshold (float | None):
    """

    ranker: FileSearchServerToolRankingOptionsRanker | None = ABSENT
    score_threshold: float | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ranker", "ranker"),
        ("score_threshold", "score_threshold"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.file_search_server_tool_ranking_options_ranker import (
            FileSearchServerToolRankingOptionsRanker,
        )

        def ranker_(raw__: Any) -> Any:
            ranker = FileSearchServerToolRankingOptionsRanker(raw__)

            return ranker

        return {
            "ranker": ranker_,
        }
