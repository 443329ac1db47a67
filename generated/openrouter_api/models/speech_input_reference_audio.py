from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.speech_input_reference_audio_input import (
        SpeechInputReferenceAudioInput,
    )
    from ..models.speech_input_reference_audio_type import SpeechInputReferenceAudioType


@_attrs_define(slots=False, repr=False)
class SpeechInputReferenceAudio(LazyModel):
    """Reference audio input for stateless voice cloning

    Example:
        {'input_audio': {'data': 'data:audio/wav;base64,UklGRuQXDABXQVZF...'}, 'type': 'input_audio'}

    Attributes:
        input_audio (SpeechInputReferenceAudioInput): Reference audio input object
        type (SpeechInputReferenceAudioType):
    """

    input_audio: SpeechInputReferenceAudioInput
    type: SpeechInputReferenceAudioType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_audio", "input_audio"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_audio",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_audio",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_audio"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.speech_input_reference_audio_input import (
            SpeechInputReferenceAudioInput,
        )
        from ..models.speech_input_reference_audio_type import (
            SpeechInputReferenceAudioType,
        )

        def input_audio_(raw__: Any) -> Any:
            input_audio = SpeechInputReferenceAudioInput.from_dict(raw__)

            return input_audio

        def type_(raw__: Any) -> Any:
            type = SpeechInputReferenceAudioType(raw__)

            return type

        return {
            "input_audio": input_audio_,
            "type": type_,
        }
