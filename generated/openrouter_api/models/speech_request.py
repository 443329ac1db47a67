from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speech_request_response_format import SpeechRequestResponseFormat
from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.speech_input_reference_audio import SpeechInputReferenceAudio
    from ..models.speech_input_reference_text import SpeechInputReferenceText
    from ..models.speech_request_provider import SpeechRequestProvider


@_attrs_define(slots=False, repr=False)
class SpeechRequest(LazyModel):
    """Text-to-speech request input

    Example:
        {'input': 'Hello world', 'model': 'mistralai/voxtral-mini-tts-2603', 'response_format': 'pcm', 'speed': 1,
            'voice': 'en_paul_neutral'}

    Attributes:
        input (str): Text to synthesize Example: Hello world.
        model (str): TTS model identifier Example: mistralai/voxtral-mini-tts-2603.
        input_references (list[SpeechInputReferenceAudio | SpeechInputReferenceText] | None): Reference content for
            stateless voice cloning: one `input_audio` part carrying the voice sample, optionally accompanied by one `text`
            part with its transcript. Only routed to endpoints that support voice cloning. Example: [{'input_audio':
            {'data': 'data:audio/wav;base64,UklGRuQXDABXQVZF...'}, 'type': 'input_audio'}, {'text': 'I used to rule the
            world.', 'type': 'text'}].
        provider (SpeechRequestProvider | None): Provider-specific passthrough configuration
        response_format (SpeechRequestResponseFormat | None): Audio output format Default:
            SpeechRequestResponseFormat.PCM. Example: pcm.
        speed (float | None): Playback speed multiplier. Only used by models that support it (e.g. OpenAI TTS). Ignored
            by other providers. Example: 1.
        voice (str | None): Voice identifier (provider-specific). Example: en_paul_neutral.
    """

    input: str
    model: str
    input_references: (
        list[SpeechInputReferenceAudio | SpeechInputReferenceText] | None
    ) = ABSENT
    provider: SpeechRequestProvider | None = ABSENT
    response_format: SpeechRequestResponseFormat | None = (
        SpeechRequestResponseFormat.PCM
    )
    speed: float | None = ABSENT
    voice: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("model", "model"),
        ("input_references", "input_references"),
        ("provider", "provider"),
        ("response_format", "response_format"),
        ("speed", "speed"),
        ("voice", "voice"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input",
            "model",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.speech_input_reference_audio import SpeechInputReferenceAudio
        from ..models.speech_input_reference_text import SpeechInputReferenceText
        from ..models.speech_request_provider import SpeechRequestProvider
        from ..models.speech_request_response_format import SpeechRequestResponseFormat

        def input_references_(raw__: Any) -> Any:
            input_references = []
            _input_references = raw__
            for input_references_item_data in _input_references:

                def _parse_input_references_item(
                    data: object,
                ) -> SpeechInputReferenceAudio | SpeechInputReferenceText:
                    if SpeechInputReferenceAudio.accepts(data):
                        componentsschemas_speech_input_reference_type_0 = (
                            SpeechInputReferenceAudio.from_dict(data)
                        )

                        return componentsschemas_speech_input_reference_type_0
                    if SpeechInputReferenceText.accepts(data):
                        componentsschemas_speech_input_reference_type_1 = (
                            SpeechInputReferenceText.from_dict(data)
                        )

                        return componentsschemas_speech_input_reference_type_1
                    if SpeechInputReferenceAudio.discriminated_by(data):
                        return SpeechInputReferenceAudio.from_dict(data)
                    if SpeechInputReferenceText.discriminated_by(data):
                        return SpeechInputReferenceText.from_dict(data)
                    return cast(
                        SpeechInputReferenceAudio | SpeechInputReferenceText, data
                    )

                input_references_item = _parse_input_references_item(
                    input_references_item_data
                )

                input_references.append(input_references_item)

            return input_references

        def provider_(raw__: Any) -> Any:
            provider = SpeechRequestProvider.from_dict(raw__)

            return provider

        def response_format_(raw__: Any) -> Any:
            response_format = SpeechRequestResponseFormat(raw__)

            return response_format

        return {
            "input_references": input_references_,
            "provider": provider_,
            "response_format": response_format_,
        }
