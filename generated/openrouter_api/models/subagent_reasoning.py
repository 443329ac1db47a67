from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.subagent_reasoning_effort import SubagentReasoningEffort


@_attrs_define(slots=False, repr=False)
class SubagentReasoning(LazyModel):
    """Reasoning configuration forwarded to the subagent call. Use this to control reasoning effort and token budget for
    models that support extended thinking.

        Example:
            {'effort': 'low'}

        Attributes:
            effort (SubagentReasoningEffort | None): Reasoning effort level for the subagent call.
            max_tokens (int | None): Maximum number of reasoning tokens the subagent may use. Forwarded to the subagent call
                as `reasoning.max_tokens`.
    """

    effort: SubagentReasoningEffort | None = ABSENT
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
        from ..models.subagent_reasoning_effort import SubagentReasoningEffort

        def effort_(raw__: Any) -> Any:
            effort = SubagentReasoningEffort(raw__)

            return effort

        return {
            "effort": effort_,
        }
