from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset


@_attrs_define(slots=False, repr=False)
class ImageGenerationUsagePromptTokensDetails(LazyModel):
    """
    Attributes:
        audio_tokens (int | None | Unset): Tokens used for input audio.
        cache_write_tokens (int | None | Unset): Tokens written to cache. Only returned for models with explicit caching
            and cache write pricing.
        cached_tokens (int | None | Unset): Tokens cached by the endpoint.
        file_tokens (int | None | Unset): Tokens used for input files/documents.
        video_tokens (int | None | Unset): Tokens used for input video.
    """

    audio_tokens: int | None | Unset = UNSET
    cache_write_tokens: int | None | Unset = UNSET
    cached_tokens: int | None | Unset = UNSET
    file_tokens: int | None | Unset = UNSET
    video_tokens: int | None | Unset = UNSET
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
            def _parse_audio_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            audio_tokens = _parse_audio_tokens(raw__)

            return audio_tokens

        def cache_write_tokens_(raw__: Any) -> Any:
            def _parse_cache_write_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            cache_write_tokens = _parse_cache_write_tokens(raw__)

            return cache_write_tokens

        def cached_tokens_(raw__: Any) -> Any:
            def _parse_cached_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            cached_tokens = _parse_cached_tokens(raw__)

            return cached_tokens

        def file_tokens_(raw__: Any) -> Any:
            def _parse_file_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            file_tokens = _parse_file_tokens(raw__)

            return file_tokens

        def video_tokens_(raw__: Any) -> Any:
            def _parse_video_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            video_tokens = _parse_video_tokens(raw__)

            return video_tokens

        return {
            "audio_tokens": audio_tokens_,
            "cache_write_tokens": cache_write_tokens_,
            "cached_tokens": cached_tokens_,
            "file_tokens": file_tokens_,
            "video_tokens": video_tokens_,
        }
