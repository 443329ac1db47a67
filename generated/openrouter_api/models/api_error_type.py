from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "authentication",
        "content_policy_violation",
        "context_length_exceeded",
        "image_download_failed",
        "image_not_found",
        "image_too_large",
        "image_too_small",
        "invalid_image",
        "invalid_prompt",
        "invalid_request",
        "max_tokens_exceeded",
        "not_found",
        "payload_too_large",
        "payment_required",
        "permission_denied",
        "precondition_failed",
        "provider_overloaded",
        "provider_unavailable",
        "rate_limit_exceeded",
        "refusal",
        "server",
        "string_too_long",
        "timeout",
        "token_limit_exceeded",
        "unmapped",
        "unprocessable",
        "unsupported_image_format",
    }
)


class ApiErrorType(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    AUTHENTICATION = "authentication"
    CONTENT_POLICY_VIOLATION = "content_policy_violation"
    CONTEXT_LENGTH_EXCEEDED = "context_length_exceeded"
    IMAGE_DOWNLOAD_FAILED = "image_download_failed"
    IMAGE_NOT_FOUND = "image_not_found"
    IMAGE_TOO_LARGE = "image_too_large"
    IMAGE_TOO_SMALL = "image_too_small"
    INVALID_IMAGE = "invalid_image"
    INVALID_PROMPT = "invalid_prompt"
    INVALID_REQUEST = "invalid_request"
    MAX_TOKENS_EXCEEDED = "max_tokens_exceeded"
    NOT_FOUND = "not_found"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    PAYMENT_REQUIRED = "payment_required"
    PERMISSION_DENIED = "permission_denied"
    PRECONDITION_FAILED = "precondition_failed"
    PROVIDER_OVERLOADED = "provider_overloaded"
    PROVIDER_UNAVAILABLE = "provider_unavailable"
    RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"
    REFUSAL = "refusal"
    SERVER = "server"
    STRING_TOO_LONG = "string_too_long"
    TIMEOUT = "timeout"
    TOKEN_LIMIT_EXCEEDED = "token_limit_exceeded"
    UNMAPPED = "unmapped"
    UNPROCESSABLE = "unprocessable"
    UNSUPPORTED_IMAGE_FORMAT = "unsupported_image_format"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
