from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "1K",
        "10K",
        "100K",
        "1M",
        "10M",
    }
)


class GetRankingsDailyContextBucket(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    VALUE_0 = "1K"
    VALUE_1 = "10K"
    VALUE_2 = "100K"
    VALUE_3 = "1M"
    VALUE_4 = "10M"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
