from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class STTInputAudio(LazyModel):
    """Base64-encoded audio to transcribe

    Example:
        {'data': 'UklGRiQA...', 'format': 'wav'}

    Attributes:
        data (str): Base64-encoded audio data (raw bytes, not a data URI)
        format (str): Audio format (e.g., wav, mp3, flac, m4a, ogg, webm, aac). Supported formats vary by provider.
    """

    data: str
    format: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("format", "format"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "format",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
