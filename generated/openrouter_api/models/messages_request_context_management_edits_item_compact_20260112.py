from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_input_tokens_clear_at_least import (
        AnthropicInputTokensClearAtLeast,
    )
    from ..models.messages_request_context_management_edits_item_compact_20260112_type import (
        MessagesRequestContextManagementEditsItemCompact20260112Type,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestContextManagementEditsItemCompact20260112(LazyModel):
    """
    Attributes:
        type (MessagesRequestContextManagementEditsItemCompact20260112Type):
        instructions (str | None):
        pause_after_compaction (bool | None):
        trigger (AnthropicInputTokensClearAtLeast | None):  Example: {'type': 'input_tokens', 'value': 100000}.
    """

    type: MessagesRequestContextManagementEditsItemCompact20260112Type
    instructions: str | None = ABSENT
    pause_after_compaction: bool | None = ABSENT
    trigger: AnthropicInputTokensClearAtLeast | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("instructions", "instructions"),
        ("pause_after_compaction", "pause_after_compaction"),
        ("trigger", "trigger"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "compact_20260112"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_input_tokens_clear_at_least import (
            AnthropicInputTokensClearAtLeast,
        )
        from ..models.messages_request_context_management_edits_item_compact_20260112_type import (
            MessagesRequestContextManagementEditsItemCompact20260112Type,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesRequestContextManagementEditsItemCompact20260112Type(raw__)

            return type

        def trigger_(raw__: Any) -> Any:
            def _parse_trigger(data: object) -> AnthropicInputTokensClearAtLeast | None:
                if data is None:
                    return data
                if AnthropicInputTokensClearAtLeast.accepts(data):
                    trigger_type_0 = AnthropicInputTokensClearAtLeast.from_dict(data)

                    return trigger_type_0
                if AnthropicInputTokensClearAtLeast.discriminated_by(data):
                    return AnthropicInputTokensClearAtLeast.from_dict(data)
                return cast(AnthropicInputTokensClearAtLeast | None, data)

            trigger = _parse_trigger(raw__)

            return trigger

        return {
            "type": type_,
            "trigger": trigger_,
        }
