from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "bio_policy",
        "data_residency_mismatch",
        "empty_image_file",
        "failed_to_download_image",
        "image_content_policy_violation",
        "image_file_not_found",
        "image_file_too_large",
        "image_parse_error",
        "image_too_large",
        "image_too_small",
        "invalid_base64_image",
        "invalid_image",
        "invalid_image_format",
        "invalid_image_mode",
        "invalid_image_url",
        "invalid_prompt",
        "rate_limit_exceeded",
        "server_error",
        "unsupported_image_media_type",
        "vector_store_timeout",
    }
)


class ResponsesErrorFieldCode(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    BIO_POLICY = "bio_policy"
    DATA_RESIDENCY_MISMATCH = "data_residency_mismatch"
    EMPTY_IMAGE_FILE = "empty_image_file"
    FAILED_TO_DOWNLOAD_IMAGE = "failed_to_download_image"
    IMAGE_CONTENT_POLICY_VIOLATION = "image_content_policy_violation"
    IMAGE_FILE_NOT_FOUND = "image_file_not_found"
    IMAGE_FILE_TOO_LARGE = "image_file_too_large"
    IMAGE_PARSE_ERROR = "image_parse_error"
    IMAGE_TOO_LARGE = "image_too_large"
    IMAGE_TOO_SMALL = "image_too_small"
    INVALID_BASE64_IMAGE = "invalid_base64_image"
    INVALID_IMAGE = "invalid_image"
    INVALID_IMAGE_FORMAT = "invalid_image_format"
    INVALID_IMAGE_MODE = "invalid_image_mode"
    INVALID_IMAGE_URL = "invalid_image_url"
    INVALID_PROMPT = "invalid_prompt"
    RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"
    SERVER_ERROR = "server_error"
    UNSUPPORTED_IMAGE_MEDIA_TYPE = "unsupported_image_media_type"
    VECTOR_STORE_TIMEOUT = "vector_store_timeout"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
