from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_thinking_turns import AnthropicThinkingTurns
    from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_keep_enum import (
        MessagesRequestContextManagementEditsItemClearThinking20251015KeepEnum,
    )
    from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_keep_object import (
        MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject,
    )
    from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_type import (
        MessagesRequestContextManagementEditsItemClearThinking20251015Type,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestContextManagementEditsItemClearThinking20251015(LazyModel):
    """
    Attributes:
        type (MessagesRequestContextManagementEditsItemClearThinking20251015Type):
        keep (AnthropicThinkingTurns | MessagesRequestContextManagementEditsItemClearThinking20251015KeepEnum |
            MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject | None):
    """

    type: MessagesRequestContextManagementEditsItemClearThinking20251015Type
    keep: (
        AnthropicThinkingTurns
        | MessagesRequestContextManagementEditsItemClearThinking20251015KeepEnum
        | MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject
        | None
    ) = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("keep", "keep"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "clear_thinking_20251015"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_thinking_turns import AnthropicThinkingTurns
        from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_keep_enum import (
            MessagesRequestContextManagementEditsItemClearThinking20251015KeepEnum,
        )
        from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_keep_object import (
            MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject,
        )
        from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_type import (
            MessagesRequestContextManagementEditsItemClearThinking20251015Type,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesRequestContextManagementEditsItemClearThinking20251015Type(
                raw__
            )

            return type

        def keep_(raw__: Any) -> Any:
            def _parse_keep(
                data: object,
            ) -> (
                AnthropicThinkingTurns
                | MessagesRequestContextManagementEditsItemClearThinking20251015KeepEnum
                | MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject
            ):
                if AnthropicThinkingTurns.accepts(data):
                    keep_type_0 = AnthropicThinkingTurns.from_dict(data)

                    return keep_type_0
                if MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject.accepts(
                    data
                ):
                    keep_type_1 = MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject.from_dict(
                        data
                    )

                    return keep_type_1
                if MessagesRequestContextManagementEditsItemClearThinking20251015KeepEnum.is_declared(
                    data
                ):
                    keep_type_2 = MessagesRequestContextManagementEditsItemClearThinking20251015KeepEnum(
                        data
                    )

                    return keep_type_2
                if AnthropicThinkingTurns.discriminated_by(data):
                    return AnthropicThinkingTurns.from_dict(data)
                if MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject.discriminated_by(
                    data
                ):
                    return MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject.from_dict(
                        data
                    )
                if isinstance(data, str):
                    return MessagesRequestContextManagementEditsItemClearThinking20251015KeepEnum(
                        data
                    )
                return cast(
                    AnthropicThinkingTurns
                    | MessagesRequestContextManagementEditsItemClearThinking20251015KeepEnum
                    | MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject,
                    data,
                )

            keep = _parse_keep(raw__)

            return keep

        return {
            "type": type_,
            "keep": keep_,
        }
