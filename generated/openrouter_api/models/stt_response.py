from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.stt_segment import STTSegment
    from ..models.stt_usage import STTUsage
    from ..models.stt_word import STTWord


@_attrs_define(slots=False, repr=False)
class STTResponse(LazyModel):
    """STT response containing transcribed text and optional usage statistics

    Example:
        {'text': 'Hello, this is a test of OpenAI speech-to-text transcription.', 'usage': {'cost': 0.000508,
            'input_tokens': 83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}}

    Attributes:
        text (str): The transcribed text Example: Hello, this is a test of OpenAI speech-to-text transcription. The
            weather is sunny today and the temperature is around 72 degrees..
        duration (float | None): Duration of the input audio in seconds, present when response_format is verbose_json
            Example: 9.2.
        language (str | None): Detected or forced language, present when response_format is verbose_json Example:
            english.
        segments (list[STTSegment] | None): Timestamped transcript segments, present when response_format is
            verbose_json
        task (str | None): The task performed, present when response_format is verbose_json Example: transcribe.
        usage (STTUsage | None): Aggregated usage statistics for the request Example: {'cost': 0.000508, 'input_tokens':
            83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}.
        words (list[STTWord] | None): Timestamped words, present when the provider returns word-level timestamps
    """

    text: str
    duration: float | None = ABSENT
    language: str | None = ABSENT
    segments: list[STTSegment] | None = ABSENT
    task: str | None = ABSENT
    usage: STTUsage | None = ABSENT
    words: list[STTWord] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("duration", "duration"),
        ("language", "language"),
        ("segments", "segments"),
        ("task", "task"),
        ("usage", "usage"),
        ("words", "words"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.stt_segment import STTSegment
        from ..models.stt_usage import STTUsage
        from ..models.stt_word import STTWord

        def segments_(raw__: Any) -> Any:
            segments = []
            _segments = raw__
            for segments_item_data in _segments:
                segments_item = STTSegment.from_dict(segments_item_data)

                segments.append(segments_item)

            return segments

        def usage_(raw__: Any) -> Any:
            usage = STTUsage.from_dict(raw__)

            return usage

        def words_(raw__: Any) -> Any:
            words = []
            _words = raw__
            for words_item_data in _words:
                words_item = STTWord.from_dict(words_item_data)

                words.append(words_item)

            return words

        return {
            "segments": segments_,
            "usage": usage_,
            "words": words_,
        }
