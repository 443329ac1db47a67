from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.reasoning_context import ReasoningContext
    from ..models.reasoning_effort import ReasoningEffort
    from ..models.reasoning_mode import ReasoningMode
    from ..models.reasoning_summary_verbosity import ReasoningSummaryVerbosity


@_attrs_define(slots=False, repr=False)
class ReasoningConfig(LazyModel):
    """Configuration for reasoning mode in the response

    Example:
        {'enabled': True, 'summary': 'auto'}

    Attributes:
        context (ReasoningContext | None):
        effort (ReasoningEffort | None):
        mode (ReasoningMode | None):
        summary (ReasoningSummaryVerbosity | None):
        enabled (bool | None):
        max_tokens (int | None):
    """

    context: ReasoningContext | None = ABSENT
    effort: ReasoningEffort | None = ABSENT
    mode: ReasoningMode | None = ABSENT
    summary: ReasoningSummaryVerbosity | None = ABSENT
    enabled: bool | None = ABSENT
    max_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("context", "context"),
        ("effort", "effort"),
        ("mode", "mode"),
        ("summary", "summary"),
        ("enabled", "enabled"),
        ("max_tokens", "max_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.reasoning_context import ReasoningContext
        from ..models.reasoning_effort import ReasoningEffort
        from ..models.reasoning_mode import ReasoningMode
        from ..models.reasoning_summary_verbosity import ReasoningSummaryVerbosity

        def context_(raw__: Any) -> Any:
            def _parse_context(data: object) -> None | ReasoningContext:
                if data is None:
                    return data
                if ReasoningContext.is_declared(data):
                    context_type_0 = ReasoningContext(data)

                    return context_type_0
                if isinstance(data, str):
                    return ReasoningContext(data)
                return cast(None | ReasoningContext, data)

            context = _parse_context(raw__)

            return context

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

        def mode_(raw__: Any) -> Any:
            def _parse_mode(data: object) -> None | ReasoningMode:
                if data is None:
                    return data
                if ReasoningMode.is_declared(data):
                    mode_type_0 = ReasoningMode(data)

                    return mode_type_0
                if isinstance(data, str):
                    return ReasoningMode(data)
                return cast(None | ReasoningMode, data)

            mode = _parse_mode(raw__)

            return mode

        def summary_(raw__: Any) -> Any:
            def _parse_summary(data: object) -> None | ReasoningSummaryVerbosity:
                if data is None:
                    return data
                if ReasoningSummaryVerbosity.is_declared(data):
                    summary_type_0 = ReasoningSummaryVerbosity(data)

                    return summary_type_0
                if isinstance(data, str):
                    return ReasoningSummaryVerbosity(data)
                return cast(None | ReasoningSummaryVerbosity, data)

            summary = _parse_summary(raw__)

            return summary

        return {
            "context": context_,
            "effort": effort_,
            "mode": mode_,
            "summary": summary_,
        }
