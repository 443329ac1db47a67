from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "audio-gen",
        "cli-agent",
        "cloud-agent",
        "creative-writing",
        "game",
        "general-chat",
        "ide-extension",
        "image-gen",
        "legal",
        "native-app-builder",
        "personal-agent",
        "programming-app",
        "roleplay",
        "video-gen",
        "writing-assistant",
    }
)


class GetAppRankingsSubcategory(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    AUDIO_GEN = "audio-gen"
    CLI_AGENT = "cli-agent"
    CLOUD_AGENT = "cloud-agent"
    CREATIVE_WRITING = "creative-writing"
    GAME = "game"
    GENERAL_CHAT = "general-chat"
    IDE_EXTENSION = "ide-extension"
    IMAGE_GEN = "image-gen"
    LEGAL = "legal"
    NATIVE_APP_BUILDER = "native-app-builder"
    PERSONAL_AGENT = "personal-agent"
    PROGRAMMING_APP = "programming-app"
    ROLEPLAY = "roleplay"
    VIDEO_GEN = "video-gen"
    WRITING_ASSISTANT = "writing-assistant"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
