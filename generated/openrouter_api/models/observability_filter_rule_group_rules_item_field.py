from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "api_key_name",
        "completion_tokens",
        "finish_reason",
        "input",
        "model",
        "output",
        "prompt_tokens",
        "provider",
        "session_id",
        "total_cost",
        "total_tokens",
        "user_id",
    }
)


class ObservabilityFilterRuleGroupRulesItemField(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    API_KEY_NAME = "api_key_name"
    COMPLETION_TOKENS = "completion_tokens"
    FINISH_REASON = "finish_reason"
    INPUT = "input"
    MODEL = "model"
    OUTPUT = "output"
    PROMPT_TOKENS = "prompt_tokens"
    PROVIDER = "provider"
    SESSION_ID = "session_id"
    TOTAL_COST = "total_cost"
    TOTAL_TOKENS = "total_tokens"
    USER_ID = "user_id"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
