from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.advisor_reasoning_effort import AdvisorReasoningEffort


@_attrs_define(slots=False, repr=False)
class AdvisorReasoning(LazyModel):
    """Reasoning configuration forwarded to the advisor call. Use this to control reasoning effort and token budget for
    models that support extended thinking.

        Example:
            {'effort': 'high'}

        Attributes:
            effort (AdvisorReasoningEffort | None): Reasoning effort level for the advisor call.
            max_tokens (int | None): Maximum number of reasoning tokens the advisor may use.
    """

    effort: AdvisorReasoningEffort | None = ABSENT
    max_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("effort", "effort"),
        ("max_tokens", "max_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.advisor_reasoning_effort import AdvisorReasoningEffort

        def effort_(raw__: Any) -> Any:
            effort = AdvisorReasoningEffort(raw__)

            return effort

        return {
            "effort": effort_,
        }
