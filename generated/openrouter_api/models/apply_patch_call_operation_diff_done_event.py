from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.apply_patch_call_operation_diff_done_event_type import (
        ApplyPatchCallOperationDiffDoneEventType,
    )


@_attrs_define(slots=False, repr=False)
class ApplyPatchCallOperationDiffDoneEvent(LazyModel):
    """Emitted when `operation.diff` streaming completes for an `apply_patch_call`.

    Example:
        {'diff': '@@\\n+console.log("hi");\\n', 'item_id': 'apc_abc123', 'output_index': 0, 'sequence_number': 12,
            'type': 'response.apply_patch_call_operation_diff.done'}

    Attributes:
        diff (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (ApplyPatchCallOperationDiffDoneEventType):
    """

    diff: str
    item_id: str
    output_index: int
    sequence_number: int
    type: ApplyPatchCallOperationDiffDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("diff", "diff"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "diff",
            "item_id",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.apply_patch_call_operation_diff.done"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.apply_patch_call_operation_diff_done_event_type import (
            ApplyPatchCallOperationDiffDoneEventType,
        )

        def type_(raw__: Any) -> Any:
            type = ApplyPatchCallOperationDiffDoneEventType(raw__)

            return type

        return {
            "type": type_,
        }
