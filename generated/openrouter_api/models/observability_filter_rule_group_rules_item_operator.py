from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "contains",
        "ends_with",
        "equals",
        "exists",
        "gt",
        "gte",
        "lt",
        "lte",
        "not_contains",
        "not_equals",
        "not_exists",
        "regex",
        "starts_with",
    }
)


class ObservabilityFilterRuleGroupRulesItemOperator(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    CONTAINS = "contains"
    ENDS_WITH = "ends_with"
    EQUALS = "equals"
    EXISTS = "exists"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
    NOT_CONTAINS = "not_contains"
    NOT_EQUALS = "not_equals"
    NOT_EXISTS = "not_exists"
    REGEX = "regex"
    STARTS_WITH = "starts_with"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
