from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ImageGenerationUsagePromptTokensDetails(LazyModel):
    """
    Attributes:
        audio_tokens (int | None): Tokens used for input audio.
        cache_write_tokens (int | None): Tokens written to cache. Only returned for models with explicit caching and
            cache write pricing.
        cached_tokens (int | None): Tokens cached by the endpoint.
        file_tokens (int | None): Tokens used for input files/documents.
        video_tokens (int | None): Tokens used for input video.
    """

    audio_tokens: int | None = ABSENT
    cache_write_tokens: int | None = ABSENT
    cached_tokens: int | None = ABSENT
    file_tokens: int | None = ABSENT
    video_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio_tokens", "audio_tokens"),
        ("cache_write_tokens", "cache_write_tokens"),
        ("cached_tokens", "cached_tokens"),
        ("file_tokens", "file_tokens"),
        ("video_tokens", "video_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
