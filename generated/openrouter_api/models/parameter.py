from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "min_p",
        "parallel_tool_calls",
        "prediction",
        "presence_penalty",
        "reasoning",
        "reasoning_effort",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tools",
        "tool_choice",
        "top_a",
        "top_k",
        "top_logprobs",
        "top_p",
        "verbosity",
        "web_search_options",
    }
)


class Parameter(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    FREQUENCY_PENALTY = "frequency_penalty"
    INCLUDE_REASONING = "include_reasoning"
    LOGIT_BIAS = "logit_bias"
    LOGPROBS = "logprobs"
    MAX_COMPLETION_TOKENS = "max_completion_tokens"
    MAX_TOKENS = "max_tokens"
    MIN_P = "min_p"
    PARALLEL_TOOL_CALLS = "parallel_tool_calls"
    PREDICTION = "prediction"
    PRESENCE_PENALTY = "presence_penalty"
    REASONING = "reasoning"
    REASONING_EFFORT = "reasoning_effort"
    REPETITION_PENALTY = "repetition_penalty"
    RESPONSE_FORMAT = "response_format"
    SEED = "seed"
    STOP = "stop"
    STRUCTURED_OUTPUTS = "structured_outputs"
    TEMPERATURE = "temperature"
    TOOLS = "tools"
    TOOL_CHOICE = "tool_choice"
    TOP_A = "top_a"
    TOP_K = "top_k"
    TOP_LOGPROBS = "top_logprobs"
    TOP_P = "top_p"
    VERBOSITY = "verbosity"
    WEB_SEARCH_OPTIONS = "web_search_options"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
