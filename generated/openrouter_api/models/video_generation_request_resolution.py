from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "480p",
        "720p",
        "768p",
        "1080p",
        "1K",
        "2K",
        "4K",
    }
)


class VideoGenerationRequestResolution(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    VALUE_0 = "480p"
    VALUE_1 = "720p"
    VALUE_2 = "768p"
    VALUE_3 = "1080p"
    VALUE_4 = "1K"
    VALUE_5 = "2K"
    VALUE_6 = "4K"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
