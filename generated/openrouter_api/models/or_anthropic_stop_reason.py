from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "compaction",
        "end_turn",
        "max_tokens",
        "model_context_window_exceeded",
        "pause_turn",
        "refusal",
        "stop_sequence",
        "tool_use",
    }
)


class ORAnthropicStopReason(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    COMPACTION = "compaction"
    END_TURN = "end_turn"
    MAX_TOKENS = "max_tokens"
    MODEL_CONTEXT_WINDOW_EXCEEDED = "model_context_window_exceeded"
    PAUSE_TURN = "pause_turn"
    REFUSAL = "refusal"
    STOP_SEQUENCE = "stop_sequence"
    TOOL_USE = "tool_use"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
