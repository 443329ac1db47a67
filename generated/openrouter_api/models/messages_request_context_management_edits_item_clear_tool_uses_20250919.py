from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_input_tokens_clear_at_least import (
        AnthropicInputTokensClearAtLeast,
    )
    from ..models.anthropic_input_tokens_trigger import AnthropicInputTokensTrigger
    from ..models.anthropic_tool_uses_keep import AnthropicToolUsesKeep
    from ..models.anthropic_tool_uses_trigger import AnthropicToolUsesTrigger
    from ..models.messages_request_context_management_edits_item_clear_tool_uses_20250919_type import (
        MessagesRequestContextManagementEditsItemClearToolUses20250919Type,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestContextManagementEditsItemClearToolUses20250919(LazyModel):
    """
    Attributes:
        type (MessagesRequestContextManagementEditsItemClearToolUses20250919Type):
        clear_at_least (AnthropicInputTokensClearAtLeast | None):
        clear_tool_inputs (bool | list[str] | None):
        exclude_tools (list[str] | None):
        keep (AnthropicToolUsesKeep | None):  Example: {'type': 'tool_uses', 'value': 5}.
        trigger (AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | None):
    """

    type: MessagesRequestContextManagementEditsItemClearToolUses20250919Type
    clear_at_least: AnthropicInputTokensClearAtLeast | None = ABSENT
    clear_tool_inputs: bool | list[str] | None = ABSENT
    exclude_tools: list[str] | None = ABSENT
    keep: AnthropicToolUsesKeep | None = ABSENT
    trigger: AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("clear_at_least", "clear_at_least"),
        ("clear_tool_inputs", "clear_tool_inputs"),
        ("exclude_tools", "exclude_tools"),
        ("keep", "keep"),
        ("trigger", "trigger"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "clear_tool_uses_20250919"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_input_tokens_clear_at_least import (
            AnthropicInputTokensClearAtLeast,
        )
        from ..models.anthropic_input_tokens_trigger import AnthropicInputTokensTrigger
        from ..models.anthropic_tool_uses_keep import AnthropicToolUsesKeep
        from ..models.anthropic_tool_uses_trigger import AnthropicToolUsesTrigger
        from ..models.messages_request_context_management_edits_item_clear_tool_uses_20250919_type import (
            MessagesRequestContextManagementEditsItemClearToolUses20250919Type,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesRequestContextManagementEditsItemClearToolUses20250919Type(
                raw__
            )

            return type

        def clear_at_least_(raw__: Any) -> Any:
            def _parse_clear_at_least(
                data: object,
            ) -> AnthropicInputTokensClearAtLeast | None:
                if data is None:
                    return data
                if AnthropicInputTokensClearAtLeast.accepts(data):
                    clear_at_least_type_0 = AnthropicInputTokensClearAtLeast.from_dict(
                        data
                    )

                    return clear_at_least_type_0
                if AnthropicInputTokensClearAtLeast.discriminated_by(data):
                    return AnthropicInputTokensClearAtLeast.from_dict(data)
                return cast(AnthropicInputTokensClearAtLeast | None, data)

            clear_at_least = _parse_clear_at_least(raw__)

            return clear_at_least

        def clear_tool_inputs_(raw__: Any) -> Any:
            def _parse_clear_tool_inputs(data: object) -> bool | list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    clear_tool_inputs_type_1 = cast(list[str], data)

                    return clear_tool_inputs_type_1
                return cast(bool | list[str] | None, data)

            clear_tool_inputs = _parse_clear_tool_inputs(raw__)

            return clear_tool_inputs

        def exclude_tools_(raw__: Any) -> Any:
            def _parse_exclude_tools(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    exclude_tools_type_0 = cast(list[str], data)

                    return exclude_tools_type_0
                return cast(list[str] | None, data)

            exclude_tools = _parse_exclude_tools(raw__)

            return exclude_tools

        def keep_(raw__: Any) -> Any:
            keep = AnthropicToolUsesKeep.from_dict(raw__)

            return keep

        def trigger_(raw__: Any) -> Any:
            def _parse_trigger(
                data: object,
            ) -> AnthropicInputTokensTrigger | AnthropicToolUsesTrigger:
                if AnthropicInputTokensTrigger.accepts(data):
                    trigger_type_0 = AnthropicInputTokensTrigger.from_dict(data)

                    return trigger_type_0
                if AnthropicToolUsesTrigger.accepts(data):
                    trigger_type_1 = AnthropicToolUsesTrigger.from_dict(data)

                    return trigger_type_1
                if AnthropicInputTokensTrigger.discriminated_by(data):
                    return AnthropicInputTokensTrigger.from_dict(data)
                if AnthropicToolUsesTrigger.discriminated_by(data):
                    return AnthropicToolUsesTrigger.from_dict(data)
                return cast(
                    AnthropicInputTokensTrigger | AnthropicToolUsesTrigger, data
                )

            trigger = _parse_trigger(raw__)

            return trigger

        return {
            "type": type_,
            "clear_at_least": clear_at_least_,
            "clear_tool_inputs": clear_tool_inputs_,
            "exclude_tools": exclude_tools_,
            "keep": keep_,
            "trigger": trigger_,
        }
