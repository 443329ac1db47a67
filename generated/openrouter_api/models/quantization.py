from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "bf16",
        "fp16",
        "fp32",
        "fp4",
        "fp6",
        "fp8",
        "int4",
        "int8",
        "mxfp4",
        "mxfp8",
        "nvfp4",
        "unknown",
    }
)


class Quantization(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    BF16 = "bf16"
    FP16 = "fp16"
    FP32 = "fp32"
    FP4 = "fp4"
    FP6 = "fp6"
    FP8 = "fp8"
    INT4 = "int4"
    INT8 = "int8"
    MXFP4 = "mxfp4"
    MXFP8 = "mxfp8"
    NVFP4 = "nvfp4"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
