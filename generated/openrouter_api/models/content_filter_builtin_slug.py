from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "address",
        "credit-card",
        "email",
        "ip-address",
        "person-name",
        "phone",
        "regex-prompt-injection",
        "ssn",
    }
)


class ContentFilterBuiltinSlug(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    ADDRESS = "address"
    CREDIT_CARD = "credit-card"
    EMAIL = "email"
    IP_ADDRESS = "ip-address"
    PERSON_NAME = "person-name"
    PHONE = "phone"
    REGEX_PROMPT_INJECTION = "regex-prompt-injection"
    SSN = "ssn"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
