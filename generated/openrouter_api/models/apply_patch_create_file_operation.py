from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.apply_patch_create_file_operation_type import (
        ApplyPatchCreateFileOperationType,
    )


@_attrs_define(slots=False, repr=False)
class ApplyPatchCreateFileOperation(LazyModel):
    """The `create_file` variant of an `apply_patch_call.operation`. Carries a V4A diff describing the new file contents.

    Example:
        {'diff': '@@\\n+console.log("hi");\\n', 'path': '/src/main.ts', 'type': 'create_file'}

    Attributes:
        diff (str):
        path (str):
        type (ApplyPatchCreateFileOperationType):
    """

    diff: str
    path: str
    type: ApplyPatchCreateFileOperationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("diff", "diff"),
        ("path", "path"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "diff",
            "path",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "create_file"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.apply_patch_create_file_operation_type import (
            ApplyPatchCreateFileOperationType,
        )

        def type_(raw__: Any) -> Any:
            type = ApplyPatchCreateFileOperationType(raw__)

            return type

        return {
            "type": type_,
        }
