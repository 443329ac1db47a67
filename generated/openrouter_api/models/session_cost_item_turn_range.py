from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "1-turn",
        "2-9-turns",
        "10-49-turns",
        "50-plus-turns",
    }
)


class SessionCostItemTurnRange(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    VALUE_0 = "1-turn"
    VALUE_1 = "2-9-turns"
    VALUE_2 = "10-49-turns"
    VALUE_3 = "50-plus-turns"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
