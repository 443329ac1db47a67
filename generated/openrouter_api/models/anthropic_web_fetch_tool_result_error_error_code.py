from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "invalid_tool_input",
        "max_uses_exceeded",
        "too_many_requests",
        "unavailable",
        "unsupported_content_type",
        "url_not_accessible",
        "url_not_allowed",
        "url_too_long",
    }
)


class AnthropicWebFetchToolResultErrorErrorCode(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    INVALID_TOOL_INPUT = "invalid_tool_input"
    MAX_USES_EXCEEDED = "max_uses_exceeded"
    TOO_MANY_REQUESTS = "too_many_requests"
    UNAVAILABLE = "unavailable"
    UNSUPPORTED_CONTENT_TYPE = "unsupported_content_type"
    URL_NOT_ACCESSIBLE = "url_not_accessible"
    URL_NOT_ALLOWED = "url_not_allowed"
    URL_TOO_LONG = "url_too_long"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
