from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.fusion_server_tool_config_reasoning_effort import (
        FusionServerToolConfigReasoningEffort,
    )


@_attrs_define(slots=False, repr=False)
class FusionServerToolConfigReasoning(LazyModel):
    """Reasoning configuration forwarded to panelist and analyst inner calls. Use this to control reasoning effort and
    token budget for models that support extended thinking.

        Attributes:
            effort (FusionServerToolConfigReasoningEffort | None): Reasoning effort level for panelist and analyst inner
                calls.
            max_tokens (int | None): Maximum number of reasoning tokens each panelist and analyst model may use. Helps bound
                cost when models allocate too much budget to chain-of-thought.
    """

    effort: FusionServerToolConfigReasoningEffort | None = ABSENT
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
        from ..models.fusion_server_tool_config_reasoning_effort import (
            FusionServerToolConfigReasoningEffort,
        )

        def effort_(raw__: Any) -> Any:
            effort = FusionServerToolConfigReasoningEffort(raw__)

            return effort

        return {
            "effort": effort_,
        }
