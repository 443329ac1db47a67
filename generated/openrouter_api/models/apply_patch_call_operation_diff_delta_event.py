from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.apply_patch_call_operation_diff_delta_event_type import (
        ApplyPatchCallOperationDiffDeltaEventType,
    )


@_attrs_define(slots=False, repr=False)
class ApplyPatchCallOperationDiffDeltaEvent(LazyModel):
    """Incremental chunk of `operation.diff` for an `apply_patch_call`. Matches OpenAI's streaming shape.

    Example:
        {'delta': '+console.log("hi");\\n', 'item_id': 'apc_abc123', 'output_index': 0, 'sequence_number': 5, 'type':
            'response.apply_patch_call_operation_diff.delta'}

    Attributes:
        delta (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (ApplyPatchCallOperationDiffDeltaEventType):
    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: ApplyPatchCallOperationDiffDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "delta",
            "item_id",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.apply_patch_call_operation_diff.delta"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.apply_patch_call_operation_diff_delta_event_type import (
            ApplyPatchCallOperationDiffDeltaEventType,
        )

        def type_(raw__: Any) -> Any:
            type = ApplyPatchCallOperationDiffDeltaEventType(raw__)

            return type

        return {
            "type": type_,
        }
