from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class STTWord(LazyModel):
    """A timestamped word, returned when the provider includes word-level timestamps

    Example:
        {'end': 0.4, 'speaker': 0, 'start': 0, 'word': 'Hello'}

    Attributes:
        end (float): Word end time in seconds Example: 0.4.
        start (float): Word start time in seconds Example: 0.
        word (str): The transcribed word Example: Hello.
        speaker (int | None): Speaker index for the word, present when the provider returns diarization data Example: 0.
    """

    end: float
    start: float
    word: str
    speaker: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("end", "end"),
        ("start", "start"),
        ("word", "word"),
        ("speaker", "speaker"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "end",
            "start",
            "word",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
