from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "anthropic-claude-v1",
        "azure-openai-responses-v1",
        "bedrock-openai-responses-v1",
        "bedrock-xai-responses-v1",
        "google-gemini-v1",
        "meta-responses-v1",
        "openai-responses-v1",
        "unknown",
        "xai-responses-v1",
    }
)


class ReasoningFormat(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    ANTHROPIC_CLAUDE_V1 = "anthropic-claude-v1"
    AZURE_OPENAI_RESPONSES_V1 = "azure-openai-responses-v1"
    BEDROCK_OPENAI_RESPONSES_V1 = "bedrock-openai-responses-v1"
    BEDROCK_XAI_RESPONSES_V1 = "bedrock-xai-responses-v1"
    GOOGLE_GEMINI_V1 = "google-gemini-v1"
    META_RESPONSES_V1 = "meta-responses-v1"
    OPENAI_RESPONSES_V1 = "openai-responses-v1"
    UNKNOWN = "unknown"
    XAI_RESPONSES_V1 = "xai-responses-v1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
