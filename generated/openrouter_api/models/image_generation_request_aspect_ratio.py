from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "auto",
        "1:1",
        "1:2",
        "4:5",
        "5:4",
        "8:1",
        "9:16",
        "16:9",
        "9:19.5",
        "19.5:9",
        "9:20",
        "20:9",
        "9:21",
        "1:4",
        "21:9",
        "1:8",
        "2:1",
        "2:3",
        "3:2",
        "3:4",
        "4:1",
        "4:3",
    }
)


class ImageGenerationRequestAspectRatio(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    AUTO = "auto"
    VALUE_0 = "1:1"
    VALUE_1 = "1:2"
    VALUE_10 = "4:5"
    VALUE_11 = "5:4"
    VALUE_12 = "8:1"
    VALUE_13 = "9:16"
    VALUE_14 = "16:9"
    VALUE_15 = "9:19.5"
    VALUE_16 = "19.5:9"
    VALUE_17 = "9:20"
    VALUE_18 = "20:9"
    VALUE_19 = "9:21"
    VALUE_2 = "1:4"
    VALUE_20 = "21:9"
    VALUE_3 = "1:8"
    VALUE_4 = "2:1"
    VALUE_5 = "2:3"
    VALUE_6 = "3:2"
    VALUE_7 = "3:4"
    VALUE_8 = "4:1"
    VALUE_9 = "4:3"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
