from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "agentic-high-to-low",
        "coding-high-to-low",
        "context-high-to-low",
        "design-arena-elo-high-to-low",
        "intelligence-high-to-low",
        "latency-low-to-high",
        "most-popular",
        "newest",
        "pricing-high-to-low",
        "pricing-low-to-high",
        "throughput-high-to-low",
        "top-weekly",
    }
)


class GetModelsSort(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    AGENTIC_HIGH_TO_LOW = "agentic-high-to-low"
    CODING_HIGH_TO_LOW = "coding-high-to-low"
    CONTEXT_HIGH_TO_LOW = "context-high-to-low"
    DESIGN_ARENA_ELO_HIGH_TO_LOW = "design-arena-elo-high-to-low"
    INTELLIGENCE_HIGH_TO_LOW = "intelligence-high-to-low"
    LATENCY_LOW_TO_HIGH = "latency-low-to-high"
    MOST_POPULAR = "most-popular"
    NEWEST = "newest"
    PRICING_HIGH_TO_LOW = "pricing-high-to-low"
    PRICING_LOW_TO_HIGH = "pricing-low-to-high"
    THROUGHPUT_HIGH_TO_LOW = "throughput-high-to-low"
    TOP_WEEKLY = "top-weekly"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
