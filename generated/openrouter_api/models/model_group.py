from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "Claude",
        "Cohere",
        "DeepSeek",
        "Gemini",
        "Gemma",
        "GPT",
        "Grok",
        "Llama2",
        "Llama3",
        "Llama4",
        "Media",
        "Mistral",
        "Nova",
        "Other",
        "PaLM",
        "Qwen",
        "Qwen3",
        "Router",
        "RWKV",
        "Yi",
    }
)


class ModelGroup(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    CLAUDE = "Claude"
    COHERE = "Cohere"
    DEEPSEEK = "DeepSeek"
    GEMINI = "Gemini"
    GEMMA = "Gemma"
    GPT = "GPT"
    GROK = "Grok"
    LLAMA2 = "Llama2"
    LLAMA3 = "Llama3"
    LLAMA4 = "Llama4"
    MEDIA = "Media"
    MISTRAL = "Mistral"
    NOVA = "Nova"
    OTHER = "Other"
    PALM = "PaLM"
    QWEN = "Qwen"
    QWEN3 = "Qwen3"
    ROUTER = "Router"
    RWKV = "RWKV"
    YI = "Yi"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
