from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "adapter_request",
        "first_token_received",
        "upstream_body_ended",
        "upstream_headers_received",
    }
)


class DebugEventDebugTimingsEvent(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    ADAPTER_REQUEST = "adapter_request"
    FIRST_TOKEN_RECEIVED = "first_token_received"
    UPSTREAM_BODY_ENDED = "upstream_body_ended"
    UPSTREAM_HEADERS_RECEIVED = "upstream_headers_received"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
