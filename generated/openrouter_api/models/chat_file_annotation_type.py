from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "file",
    }
)


class ChatFileAnnotationType(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
