from __future__ import annotations

from enum import IntEnum
from typing import Any

_DECLARED: frozenset[int] = frozenset(
    {
        0,
        -1,
        -10,
        -2,
        -3,
        -5,
    }
)


class EndpointStatus(IntEnum):
    VALUE_0 = 0
    VALUE_NEGATIVE_1 = -1
    VALUE_NEGATIVE_10 = -10
    VALUE_NEGATIVE_2 = -2
    VALUE_NEGATIVE_3 = -3
    VALUE_NEGATIVE_5 = -5

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        """Open enum: an integer the spec does not list yet becomes a pseudo-member, not an error."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
