from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "512",
        "1K",
        "2K",
        "4K",
    }
)


class ImageGenerationRequestResolution(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    VALUE_0 = "512"
    VALUE_1 = "1K"
    VALUE_2 = "2K"
    VALUE_3 = "4K"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
