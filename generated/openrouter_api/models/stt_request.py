from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.stt_input_audio import STTInputAudio
    from ..models.stt_request_provider import STTRequestProvider
    from ..models.stt_request_response_format import STTRequestResponseFormat
    from ..models.stt_timestamp_granularity import STTTimestampGranularity


@_attrs_define(slots=False, repr=False)
class STTRequest(LazyModel):
    """Speech-to-text request input. Accepts a JSON body with input_audio containing base64-encoded audio.

    Example:
        {'input_audio': {'data': 'UklGRiQA...', 'format': 'wav'}, 'language': 'en', 'model': 'openai/whisper-large-v3'}

    Attributes:
        input_audio (STTInputAudio): Base64-encoded audio to transcribe Example: {'data': 'UklGRiQA...', 'format':
            'wav'}.
        model (str): STT model identifier Example: openai/whisper-large-v3.
        language (str | None): ISO-639-1 language code (e.g., "en", "ja"). Auto-detected if omitted. Example: en.
        provider (STTRequestProvider | None): Provider-specific passthrough configuration
        response_format (STTRequestResponseFormat | None): Output format. "json" (default) returns { text, usage }.
            "verbose_json" additionally returns task, language, duration, and segment-level timestamps; only supported by
            OpenAI-compatible providers. Example: json.
        temperature (float | None): Sampling temperature for transcription Example: 0.
        timestamp_granularities (list[STTTimestampGranularity] | None): Timestamp detail levels to include when
            response_format is "verbose_json". "segment" returns segment-level timestamps; "word" additionally returns word-
            level timestamps in the words array. Ignored unless response_format is "verbose_json". Example: ['segment'].
    """

    input_audio: STTInputAudio
    model: str
    language: str | None = ABSENT
    provider: STTRequestProvider | None = ABSENT
    response_format: STTRequestResponseFormat | None = ABSENT
    temperature: float | None = ABSENT
    timestamp_granularities: list[STTTimestampGranularity] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_audio", "input_audio"),
        ("model", "model"),
        ("language", "language"),
        ("provider", "provider"),
        ("response_format", "response_format"),
        ("temperature", "temperature"),
        ("timestamp_granularities", "timestamp_granularities"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_audio",
            "model",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_audio",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.stt_input_audio import STTInputAudio
        from ..models.stt_request_provider import STTRequestProvider
        from ..models.stt_request_response_format import STTRequestResponseFormat
        from ..models.stt_timestamp_granularity import STTTimestampGranularity

        def input_audio_(raw__: Any) -> Any:
            input_audio = STTInputAudio.from_dict(raw__)

            return input_audio

        def provider_(raw__: Any) -> Any:
            provider = STTRequestProvider.from_dict(raw__)

            return provider

        def response_format_(raw__: Any) -> Any:
            response_format = STTRequestResponseFormat(raw__)

            return response_format

        def timestamp_granularities_(raw__: Any) -> Any:
            timestamp_granularities = []
            _timestamp_granularities = raw__
            for timestamp_granularities_item_data in _timestamp_granularities:
                timestamp_granularities_item = STTTimestampGranularity(
                    timestamp_granularities_item_data
                )

                timestamp_granularities.append(timestamp_granularities_item)

            return timestamp_granularities

        return {
            "input_audio": input_audio_,
            "provider": provider_,
            "response_format": response_format_,
            "timestamp_granularities": timestamp_granularities_,
        }
