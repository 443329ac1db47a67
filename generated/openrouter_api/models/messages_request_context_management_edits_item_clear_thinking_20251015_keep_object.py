from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_keep_object_type import (
        MessagesRequestContextManagementEditsItemClearThinking20251015KeepObjectType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestContextManagementEditsItemClearThinking20251015KeepObject(
    LazyModel
):
    """
    Attributes:
        type (MessagesRequestContextManagementEditsItemClearThinking20251015KeepObjectType):
    """

    type: MessagesRequestContextManagementEditsItemClearThinking20251015KeepObjectType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "all"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_keep_object_type import (
            MessagesRequestContextManagementEditsItemClearThinking20251015KeepObjectType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesRequestContextManagementEditsItemClearThinking20251015KeepObjectType(
                raw__
            )

            return type

        return {
            "type": type_,
        }
