from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.apply_patch_delete_file_operation_type import (
        ApplyPatchDeleteFileOperationType,
    )


@_attrs_define(slots=False, repr=False)
class ApplyPatchDeleteFileOperation(LazyModel):
    """The `delete_file` variant of an `apply_patch_call.operation`. Identifies the file to remove; no diff is required.

    Example:
        {'path': '/src/main.ts', 'type': 'delete_file'}

    Attributes:
        path (str):
        type (ApplyPatchDeleteFileOperationType):
    """

    path: str
    type: ApplyPatchDeleteFileOperationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("path", "path"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "path",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "delete_file"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.apply_patch_delete_file_operation_type import (
            ApplyPatchDeleteFileOperationType,
        )

        def type_(raw__: Any) -> Any:
            type = ApplyPatchDeleteFileOperationType(raw__)

            return type

        return {
            "type": type_,
        }
