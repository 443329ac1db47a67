from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class PricingOverride(LazyModel):
    """A conditional override of the base pricing. An entry applies only when all of its condition fields (e.g.
    min_prompt_tokens, or the utc_start/utc_end time window) match the request; among applicable entries, later entries
    win per price key; price keys absent from an entry inherit the base price.

        Example:
            {'completion': '0.00002', 'min_prompt_tokens': 200000, 'prompt': '0.000005'}

        Attributes:
            audio (str | None): Overridden price in USD per audio input token
            completion (str | None): Overridden price in USD per token for completion (output) generation
            input_audio_cache (str | None): Overridden price in USD per cached audio input token
            input_cache_read (str | None): Overridden price in USD per cached input token (read)
            input_cache_write (str | None): Overridden price in USD per cache-write token
            input_cache_write_1h (str | None): Overridden price in USD per 1-hour cache-write token
            min_prompt_tokens (float | None): Condition: the entry applies when the total prompt tokens of a request are
                strictly greater than this threshold
            prompt (str | None): Overridden price in USD per token for prompt (input) processing
            utc_end (float | None): Condition: exclusive end of a daily UTC time window as an HHMM clock number (e.g. 400 =
                04:00)
            utc_start (float | None): Condition: inclusive start of a daily UTC time window as an HHMM clock number (e.g.
                100 = 01:00, 1030 = 10:30). The entry applies while the current UTC time is inside the half-open window
                [utc_start, utc_end), which may wrap past midnight (utc_start > utc_end).
    """

    audio: str | None = ABSENT
    completion: str | None = ABSENT
    input_audio_cache: str | None = ABSENT
    input_cache_read: str | None = ABSENT
    input_cache_write: str | None = ABSENT
    input_cache_write_1h: str | None = ABSENT
    min_prompt_tokens: float | None = ABSENT
    prompt: str | None = ABSENT
    utc_end: float | None = ABSENT
    utc_start: float | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio", "audio"),
        ("completion", "completion"),
        ("input_audio_cache", "input_audio_cache"),
        ("input_cache_read", "input_cache_read"),
        ("input_cache_write", "input_cache_write"),
        ("input_cache_write_1h", "input_cache_write_1h"),
        ("min_prompt_tokens", "min_prompt_tokens"),
        ("prompt", "prompt"),
        ("utc_end", "utc_end"),
        ("utc_start", "utc_start"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
