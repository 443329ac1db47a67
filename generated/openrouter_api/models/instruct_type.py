from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "airoboros",
        "alpaca",
        "alpaca-modif",
        "chatml",
        "claude",
        "code-llama",
        "deepseek-r1",
        "deepseek-v3.1",
        "gemma",
        "llama2",
        "llama3",
        "mistral",
        "nemotron",
        "neural",
        "none",
        "openchat",
        "phi3",
        "qwen3",
        "qwq",
        "rwkv",
        "vicuna",
        "zephyr",
    }
)


class InstructType(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    AIROBOROS = "airoboros"
    ALPACA = "alpaca"
    ALPACA_MODIF = "alpaca-modif"
    CHATML = "chatml"
    CLAUDE = "claude"
    CODE_LLAMA = "code-llama"
    DEEPSEEK_R1 = "deepseek-r1"
    DEEPSEEK_V3_1 = "deepseek-v3.1"
    GEMMA = "gemma"
    LLAMA2 = "llama2"
    LLAMA3 = "llama3"
    MISTRAL = "mistral"
    NEMOTRON = "nemotron"
    NEURAL = "neural"
    NONE = "none"
    OPENCHAT = "openchat"
    PHI3 = "phi3"
    QWEN3 = "qwen3"
    QWQ = "qwq"
    RWKV = "rwkv"
    VICUNA = "vicuna"
    ZEPHYR = "zephyr"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
