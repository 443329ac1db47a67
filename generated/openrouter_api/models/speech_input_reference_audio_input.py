from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class SpeechInputReferenceAudioInput(LazyModel):
    """Reference audio input object

    Attributes:
        data (str): Base64-encoded reference audio (optionally a data URI). Supported audio formats are provider-
            specific. Limited to 20 MiB of base64 (15 MiB of decoded audio). Example:
            data:audio/wav;base64,UklGRuQXDABXQVZF....
        format (str | None): Audio format of the reference audio (e.g., wav, mp3). Optional; most providers detect the
            format from the audio bytes. Example: wav.
    """

    data: str
    format: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("format", "format"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
