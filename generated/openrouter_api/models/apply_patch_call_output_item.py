from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.apply_patch_call_output_item_status import (
        ApplyPatchCallOutputItemStatus,
    )
    from ..models.apply_patch_call_output_item_type import ApplyPatchCallOutputItemType


@_attrs_define(slots=False, repr=False)
class ApplyPatchCallOutputItem(LazyModel):
    """The client's echo of an `apply_patch_call` after applying the patch. `output` is an optional human-readable log;
    `status` is `completed` when the patch was applied successfully, `failed` otherwise.

        Example:
            {'call_id': 'call_abc123', 'output': 'Applied patch to /src/main.ts', 'status': 'completed', 'type':
                'apply_patch_call_output'}

        Attributes:
            call_id (str):
            status (ApplyPatchCallOutputItemStatus):
            type (ApplyPatchCallOutputItemType):
            id (str | None):
            output (str | None):
    """

    call_id: str
    status: ApplyPatchCallOutputItemStatus
    type: ApplyPatchCallOutputItemType
    id: str | None = ABSENT
    output: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("status", "status"),
        ("type", "type"),
        ("id", "id"),
        ("output", "output"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "call_id",
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "apply_patch_call_output"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.apply_patch_call_output_item_status import (
            ApplyPatchCallOutputItemStatus,
        )
        from ..models.apply_patch_call_output_item_type import (
            ApplyPatchCallOutputItemType,
        )

        def status_(raw__: Any) -> Any:
            status = ApplyPatchCallOutputItemStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = ApplyPatchCallOutputItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
