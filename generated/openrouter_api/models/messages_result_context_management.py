from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_result_context_management_applied_edits_item import (
        MessagesResultContextManagementAppliedEditsItem,
    )


@_attrs_define(slots=False, repr=False)
class MessagesResultContextManagement(LazyModel):
    """
    Attributes:
        applied_edits (list[MessagesResultContextManagementAppliedEditsItem]):
    """

    applied_edits: list[MessagesResultContextManagementAppliedEditsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("applied_edits", "applied_edits"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "applied_edits",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "applied_edits",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_result_context_management_applied_edits_item import (
            MessagesResultContextManagementAppliedEditsItem,
        )

        def applied_edits_(raw__: Any) -> Any:
            applied_edits = []
            _applied_edits = raw__
            for applied_edits_item_data in _applied_edits:
                applied_edits_item = (
                    MessagesResultContextManagementAppliedEditsItem.from_dict(
                        applied_edits_item_data
                    )
                )

                applied_edits.append(applied_edits_item)

            return applied_edits

        return {
            "applied_edits": applied_edits_,
        }
