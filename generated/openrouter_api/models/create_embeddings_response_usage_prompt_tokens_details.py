from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class CreateEmbeddingsResponseUsagePromptTokensDetails(LazyModel):
    """Per-modality token breakdown. Only present when the input contains 2+ modalities (e.g. text + image) and the
    upstream provider returns modality-level usage data. Only non-zero modality counts are included.

        Attributes:
            audio_tokens (int | None): Number of audio tokens in the input
            file_tokens (int | None): Number of file/document tokens in the input
            image_tokens (int | None): Number of image tokens in the input Example: 258.
            text_tokens (int | None): Number of text tokens in the input Example: 8.
            video_tokens (int | None): Number of video tokens in the input
    """

    audio_tokens: int | None = ABSENT
    file_tokens: int | None = ABSENT
    image_tokens: int | None = ABSENT
    text_tokens: int | None = ABSENT
    video_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio_tokens", "audio_tokens"),
        ("file_tokens", "file_tokens"),
        ("image_tokens", "image_tokens"),
        ("text_tokens", "text_tokens"),
        ("video_tokens", "video_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
