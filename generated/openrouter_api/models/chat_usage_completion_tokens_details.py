from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ChatUsageCompletionTokensDetails(LazyModel):
    """
    Attributes:
        accepted_prediction_tokens (int | None): Accepted prediction tokens
        audio_tokens (int | None): Tokens used for audio output
        reasoning_tokens (int | None): Tokens used for reasoning
        rejected_prediction_tokens (int | None): Rejected prediction tokens
    """

    accepted_prediction_tokens: int | None = ABSENT
    audio_tokens: int | None = ABSENT
    reasoning_tokens: int | None = ABSENT
    rejected_prediction_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("accepted_prediction_tokens", "accepted_prediction_tokens"),
        ("audio_tokens", "audio_tokens"),
        ("reasoning_tokens", "reasoning_tokens"),
        ("rejected_prediction_tokens", "rejected_prediction_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
