from __future__ import annotations

from typing import Any, ClassVar, cast

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

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def accepted_prediction_tokens_(raw__: Any) -> Any:
            def _parse_accepted_prediction_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            accepted_prediction_tokens = _parse_accepted_prediction_tokens(raw__)

            return accepted_prediction_tokens

        def audio_tokens_(raw__: Any) -> Any:
            def _parse_audio_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            audio_tokens = _parse_audio_tokens(raw__)

            return audio_tokens

        def reasoning_tokens_(raw__: Any) -> Any:
            def _parse_reasoning_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            reasoning_tokens = _parse_reasoning_tokens(raw__)

            return reasoning_tokens

        def rejected_prediction_tokens_(raw__: Any) -> Any:
            def _parse_rejected_prediction_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            rejected_prediction_tokens = _parse_rejected_prediction_tokens(raw__)

            return rejected_prediction_tokens

        return {
            "accepted_prediction_tokens": accepted_prediction_tokens_,
            "audio_tokens": audio_tokens_,
            "reasoning_tokens": reasoning_tokens_,
            "rejected_prediction_tokens": rejected_prediction_tokens_,
        }
