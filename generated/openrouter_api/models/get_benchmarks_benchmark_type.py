from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "gpqa_diamond",
        "search_browsecomp",
        "search_dsqa",
        "search_hle",
        "search_widesearch",
        "tau_bench_verified_airline",
    }
)


class GetBenchmarksBenchmarkType(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    GPQA_DIAMOND = "gpqa_diamond"
    SEARCH_BROWSECOMP = "search_browsecomp"
    SEARCH_DSQA = "search_dsqa"
    SEARCH_HLE = "search_hle"
    SEARCH_WIDESEARCH = "search_widesearch"
    TAU_BENCH_VERIFIED_AIRLINE = "tau_bench_verified_airline"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
