from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class STTSegment(LazyModel):
    """A timestamped transcript segment, returned when response_format is verbose_json

    Example:
        {'avg_logprob': -0.28, 'compression_ratio': 1.13, 'end': 3.2, 'id': 0, 'no_speech_prob': 0.01, 'seek': 0,
            'speaker': 0, 'start': 0, 'temperature': 0, 'text': 'Hello there.', 'tokens': [50364, 2425, 456]}

    Attributes:
        end (float): Segment end time in seconds Example: 3.2.
        id (int): Segment index within the transcript Example: 0.
        start (float): Segment start time in seconds Example: 0.
        text (str): Transcribed text of the segment Example: Hello there..
        avg_logprob (float | None): Average log probability of the segment
        compression_ratio (float | None): Compression ratio of the segment
        no_speech_prob (float | None): Probability the segment contains no speech
        seek (int | None): Seek offset of the segment Example: 0.
        speaker (int | None): Speaker index for the segment, present when the provider returns diarization data Example:
            0.
        temperature (float | None): Temperature used for the segment
        tokens (list[int] | None): Token IDs of the segment
    """

    end: float
    id: int
    start: float
    text: str
    avg_logprob: float | None = ABSENT
    compression_ratio: float | None = ABSENT
    no_speech_prob: float | None = ABSENT
    seek: int | None = ABSENT
    speaker: int | None = ABSENT
    temperature: float | None = ABSENT
    tokens: list[int] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("end", "end"),
        ("id", "id"),
        ("start", "start"),
        ("text", "text"),
        ("avg_logprob", "avg_logprob"),
        ("compression_ratio", "compression_ratio"),
        ("no_speech_prob", "no_speech_prob"),
        ("seek", "seek"),
        ("speaker", "speaker"),
        ("temperature", "temperature"),
        ("tokens", "tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "end",
            "id",
            "start",
            "text",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def tokens_(raw__: Any) -> Any:
            tokens = cast(list[int], raw__)

            return tokens

        return {
            "tokens": tokens_,
        }
