from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.chat_reasoning_summary_verbosity_enum import (
        ChatReasoningSummaryVerbosityEnum,
    )
    from ..models.reasoning_effort import ReasoningEffort


@_attrs_define(slots=False, repr=False)
class ChatRequestReasoning(LazyModel):
    """Configuration options for reasoning models

    Example:
        {'effort': 'medium', 'summary': 'concise'}

    Attributes:
        effort (None | ReasoningEffort | Unset): Constrains effort on reasoning for reasoning models Example: medium.
        summary (ChatReasoningSummaryVerbosityEnum | None | Unset):
        max_tokens (int | None | Unset): Token budget for reasoning (Anthropic-style); use instead of `effort`
        exclude (bool | None | Unset): Reason internally but leave the reasoning out of the response
        enabled (bool | None | Unset): Turn reasoning on with default settings (inferred from effort or max_tokens when
            omitted)
    """

    effort: None | ReasoningEffort | Unset = UNSET
    summary: ChatReasoningSummaryVerbosityEnum | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    exclude: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("effort", "effort"),
        ("summary", "summary"),
        ("max_tokens", "max_tokens"),
        ("exclude", "exclude"),
        ("enabled", "enabled"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_reasoning_summary_verbosity_enum import (
            ChatReasoningSummaryVerbosityEnum,
        )
        from ..models.reasoning_effort import ReasoningEffort

        def effort_(raw__: Any) -> Any:
            def _parse_effort(data: object) -> None | ReasoningEffort | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if ReasoningEffort.is_declared(data):
                    effort_type_0 = ReasoningEffort(data)

                    return effort_type_0
                if isinstance(data, str):
                    return ReasoningEffort(data)
                return cast(None | ReasoningEffort | Unset, data)

            effort = _parse_effort(raw__)

            return effort

        def summary_(raw__: Any) -> Any:
            def _parse_summary(
                data: object,
            ) -> ChatReasoningSummaryVerbosityEnum | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if ChatReasoningSummaryVerbosityEnum.is_declared(data):
                    summary_type_0 = ChatReasoningSummaryVerbosityEnum(data)

                    return summary_type_0
                if isinstance(data, str):
                    return ChatReasoningSummaryVerbosityEnum(data)
                return cast(ChatReasoningSummaryVerbosityEnum | None | Unset, data)

            summary = _parse_summary(raw__)

            return summary

        def max_tokens_(raw__: Any) -> Any:
            def _parse_max_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            max_tokens = _parse_max_tokens(raw__)

            return max_tokens

        def exclude_(raw__: Any) -> Any:
            def _parse_exclude(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            exclude = _parse_exclude(raw__)

            return exclude

        def enabled_(raw__: Any) -> Any:
            def _parse_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            enabled = _parse_enabled(raw__)

            return enabled

        return {
            "effort": effort_,
            "summary": summary_,
            "max_tokens": max_tokens_,
            "exclude": exclude_,
            "enabled": enabled_,
        }
