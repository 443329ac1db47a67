from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

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
        effort (ReasoningEffort | None): Constrains effort on reasoning for reasoning models Example: medium.
        summary (ChatReasoningSummaryVerbosityEnum | None):
        max_tokens (int | None): Token budget for reasoning (Anthropic-style); use instead of `effort`
        exclude (bool | None): Reason internally but leave the reasoning out of the response
        enabled (bool | None): Turn reasoning on with default settings (inferred from effort or max_tokens when omitted)
    """

    effort: ReasoningEffort | None = ABSENT
    summary: ChatReasoningSummaryVerbosityEnum | None = ABSENT
    max_tokens: int | None = ABSENT
    exclude: bool | None = ABSENT
    enabled: bool | None = ABSENT
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
            def _parse_effort(data: object) -> None | ReasoningEffort:
                if data is None:
                    return data
                if ReasoningEffort.is_declared(data):
                    effort_type_0 = ReasoningEffort(data)

                    return effort_type_0
                if isinstance(data, str):
                    return ReasoningEffort(data)
                return cast(None | ReasoningEffort, data)

            effort = _parse_effort(raw__)

            return effort

        def summary_(raw__: Any) -> Any:
            def _parse_summary(
                data: object,
            ) -> ChatReasoningSummaryVerbosityEnum | None:
                if data is None:
                    return data
                if ChatReasoningSummaryVerbosityEnum.is_declared(data):
                    summary_type_0 = ChatReasoningSummaryVerbosityEnum(data)

                    return summary_type_0
                if isinstance(data, str):
                    return ChatReasoningSummaryVerbosityEnum(data)
                return cast(ChatReasoningSummaryVerbosityEnum | None, data)

            summary = _parse_summary(raw__)

            return summary

        return {
            "effort": effort_,
            "summary": summary_,
        }
