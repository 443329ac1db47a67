from __future__ import annotations

from typing import Any, ClassVar, cast

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

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def audio_tokens_(raw__: Any) -> Any:
            def _parse_audio_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            audio_tokens = _parse_audio_tokens(raw__)

            return audio_tokens

        def cache_write_tokens_(raw__: Any) -> Any:
            def _parse_cache_write_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            cache_write_tokens = _parse_cache_write_tokens(raw__)

            return cache_write_tokens

        def cached_tokens_(raw__: Any) -> Any:
            def _parse_cached_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            cached_tokens = _parse_cached_tokens(raw__)

            return cached_tokens

        def file_tokens_(raw__: Any) -> Any:
            def _parse_file_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            file_tokens = _parse_file_tokens(raw__)

            return file_tokens

        def video_tokens_(raw__: Any) -> Any:
            def _parse_video_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            video_tokens = _parse_video_tokens(raw__)

            return video_tokens

        return {
            "audio_tokens": audio_tokens_,
            "cache_write_tokens": cache_write_tokens_,
            "cached_tokens": cached_tokens_,
            "file_tokens": file_tokens_,
            "video_tokens": video_tokens_,
        }
