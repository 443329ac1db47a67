from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.apply_patch_call_item_type import ApplyPatchCallItemType
    from ..models.apply_patch_call_status import ApplyPatchCallStatus
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation


@_attrs_define(slots=False, repr=False)
class ApplyPatchCallItem(LazyModel):
    """A tool call emitted by the model requesting a V4A patch operation. The client applies the patch and echoes an
    `apply_patch_call_output` on the next turn.

        Example:
            {'call_id': 'call_abc123', 'id': 'apc_abc123', 'operation': {'diff': '@@ function main() {\\n+
                console.log("hi");\\n }', 'path': '/src/main.ts', 'type': 'update_file'}, 'status': 'completed', 'type':
                'apply_patch_call'}

        Attributes:
            call_id (str):
            operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation): The
                patch operation requested by an `apply_patch_call`. `create_file` and `update_file` carry a V4A diff;
                `delete_file` omits it. Example: {'diff': '@@ function main() {\\n+  console.log("hi");\\n }', 'path':
                '/src/main.ts', 'type': 'update_file'}.
            status (ApplyPatchCallStatus): Lifecycle state of an `apply_patch_call` output item. Example: completed.
            type (ApplyPatchCallItemType):
            id (str | None):
    """

    call_id: str
    operation: (
        ApplyPatchCreateFileOperation
        | ApplyPatchDeleteFileOperation
        | ApplyPatchUpdateFileOperation
    )
    status: ApplyPatchCallStatus
    type: ApplyPatchCallItemType
    id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("operation", "operation"),
        ("status", "status"),
        ("type", "type"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "call_id",
            "operation",
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "apply_patch_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.apply_patch_call_item_type import ApplyPatchCallItemType
        from ..models.apply_patch_call_status import ApplyPatchCallStatus
        from ..models.apply_patch_create_file_operation import (
            ApplyPatchCreateFileOperation,
        )
        from ..models.apply_patch_delete_file_operation import (
            ApplyPatchDeleteFileOperation,
        )
        from ..models.apply_patch_update_file_operation import (
            ApplyPatchUpdateFileOperation,
        )

        def operation_(raw__: Any) -> Any:
            def _parse_operation(
                data: object,
            ) -> (
                ApplyPatchCreateFileOperation
                | ApplyPatchDeleteFileOperation
                | ApplyPatchUpdateFileOperation
            ):
                if ApplyPatchCreateFileOperation.accepts(data):
                    componentsschemas_apply_patch_call_operation_type_0 = (
                        ApplyPatchCreateFileOperation.from_dict(data)
                    )

                    return componentsschemas_apply_patch_call_operation_type_0
                if ApplyPatchUpdateFileOperation.accepts(data):
                    componentsschemas_apply_patch_call_operation_type_1 = (
                        ApplyPatchUpdateFileOperation.from_dict(data)
                    )

                    return componentsschemas_apply_patch_call_operation_type_1
                if ApplyPatchDeleteFileOperation.accepts(data):
                    componentsschemas_apply_patch_call_operation_type_2 = (
                        ApplyPatchDeleteFileOperation.from_dict(data)
                    )

                    return componentsschemas_apply_patch_call_operation_type_2
                if ApplyPatchCreateFileOperation.discriminated_by(data):
                    return ApplyPatchCreateFileOperation.from_dict(data)
                if ApplyPatchUpdateFileOperation.discriminated_by(data):
                    return ApplyPatchUpdateFileOperation.from_dict(data)
                if ApplyPatchDeleteFileOperation.discriminated_by(data):
                    return ApplyPatchDeleteFileOperation.from_dict(data)
                return cast(
                    ApplyPatchCreateFileOperation
                    | ApplyPatchDeleteFileOperation
                    | ApplyPatchUpdateFileOperation,
                    data,
                )

            operation = _parse_operation(raw__)

            return operation

        def status_(raw__: Any) -> Any:
            status = ApplyPatchCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = ApplyPatchCallItemType(raw__)

            return type

        return {
            "operation": operation_,
            "status": status_,
            "type": type_,
        }
