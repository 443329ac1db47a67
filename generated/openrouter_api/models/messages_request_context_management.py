from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.messages_request_context_management_edits_item_clear_thinking_20251015 import (
        MessagesRequestContextManagementEditsItemClearThinking20251015,
    )
    from ..models.messages_request_context_management_edits_item_clear_tool_uses_20250919 import (
        MessagesRequestContextManagementEditsItemClearToolUses20250919,
    )
    from ..models.messages_request_context_management_edits_item_compact_20260112 import (
        MessagesRequestContextManagementEditsItemCompact20260112,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestContextManagement(LazyModel):
    """
    Attributes:
        edits (list[MessagesRequestContextManagementEditsItemClearThinking20251015 |
            MessagesRequestContextManagementEditsItemClearToolUses20250919 |
            MessagesRequestContextManagementEditsItemCompact20260112] | None):
    """

    edits: (
        list[
            MessagesRequestContextManagementEditsItemClearThinking20251015
            | MessagesRequestContextManagementEditsItemClearToolUses20250919
            | MessagesRequestContextManagementEditsItemCompact20260112
        ]
        | None
    ) = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("edits", "edits"),)
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_request_context_management_edits_item_clear_thinking_20251015 import (
            MessagesRequestContextManagementEditsItemClearThinking20251015,
        )
        from ..models.messages_request_context_management_edits_item_clear_tool_uses_20250919 import (
            MessagesRequestContextManagementEditsItemClearToolUses20250919,
        )
        from ..models.messages_request_context_management_edits_item_compact_20260112 import (
            MessagesRequestContextManagementEditsItemCompact20260112,
        )

        def edits_(raw__: Any) -> Any:
            edits = []
            _edits = raw__
            for edits_item_data in _edits:

                def _parse_edits_item(
                    data: object,
                ) -> (
                    MessagesRequestContextManagementEditsItemClearThinking20251015
                    | MessagesRequestContextManagementEditsItemClearToolUses20250919
                    | MessagesRequestContextManagementEditsItemCompact20260112
                ):
                    if MessagesRequestContextManagementEditsItemClearToolUses20250919.accepts(
                        data
                    ):
                        edits_item_type_0 = MessagesRequestContextManagementEditsItemClearToolUses20250919.from_dict(
                            data
                        )

                        return edits_item_type_0
                    if MessagesRequestContextManagementEditsItemClearThinking20251015.accepts(
                        data
                    ):
                        edits_item_type_1 = MessagesRequestContextManagementEditsItemClearThinking20251015.from_dict(
                            data
                        )

                        return edits_item_type_1
                    if MessagesRequestContextManagementEditsItemCompact20260112.accepts(
                        data
                    ):
                        edits_item_type_2 = MessagesRequestContextManagementEditsItemCompact20260112.from_dict(
                            data
                        )

                        return edits_item_type_2
                    if MessagesRequestContextManagementEditsItemClearToolUses20250919.discriminated_by(
                        data
                    ):
                        return MessagesRequestContextManagementEditsItemClearToolUses20250919.from_dict(
                            data
                        )
                    if MessagesRequestContextManagementEditsItemClearThinking20251015.discriminated_by(
                        data
                    ):
                        return MessagesRequestContextManagementEditsItemClearThinking20251015.from_dict(
                            data
                        )
                    if MessagesRequestContextManagementEditsItemCompact20260112.discriminated_by(
                        data
                    ):
                        return MessagesRequestContextManagementEditsItemCompact20260112.from_dict(
                            data
                        )
                    return cast(
                        MessagesRequestContextManagementEditsItemClearThinking20251015
                        | MessagesRequestContextManagementEditsItemClearToolUses20250919
                        | MessagesRequestContextManagementEditsItemCompact20260112,
                        data,
                    )

                edits_item = _parse_edits_item(edits_item_data)

                edits.append(edits_item)

            return edits

        return {
            "edits": edits_,
        }
