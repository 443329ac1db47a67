from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
    from ..models.output_apply_patch_server_tool_item_type import (
        OutputApplyPatchServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputApplyPatchServerToolItem(LazyModel):
    """An openrouter:apply_patch server tool output item. The turn halts when validation succeeds so the client can apply
    the patch and echo an `apply_patch_call_output` on the next turn.

        Example:
            {'call_id': 'call_abc123', 'id': 'apc_abc123', 'operation': {'diff': '@@ function main() {\\n+
                console.log("hi");\\n }', 'path': '/src/main.ts', 'type': 'update_file'}, 'status': 'completed', 'type':
                'openrouter:apply_patch'}

        Attributes:
            status (ToolCallStatus):  Example: completed.
            type (OutputApplyPatchServerToolItemType):
            call_id (str | None):
            id (str | None):
            operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation |
                None): The patch operation requested by an `apply_patch_call`. `create_file` and `update_file` carry a V4A diff;
                `delete_file` omits it. Example: {'diff': '@@ function main() {\\n+  console.log("hi");\\n }', 'path':
                '/src/main.ts', 'type': 'update_file'}.
    """

    status: ToolCallStatus
    type: OutputApplyPatchServerToolItemType
    call_id: str | None = ABSENT
    id: str | None = ABSENT
    operation: (
        ApplyPatchCreateFileOperation
        | ApplyPatchDeleteFileOperation
        | ApplyPatchUpdateFileOperation
        | None
    ) = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("call_id", "call_id"),
        ("id", "id"),
        ("operation", "operation"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:apply_patch"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.apply_patch_create_file_operation import (
            ApplyPatchCreateFileOperation,
        )
        from ..models.apply_patch_delete_file_operation import (
            ApplyPatchDeleteFileOperation,
        )
        from ..models.apply_patch_update_file_operation import (
            ApplyPatchUpdateFileOperation,
        )
        from ..models.output_apply_patch_server_tool_item_type import (
            OutputApplyPatchServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputApplyPatchServerToolItemType(raw__)

            return type

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

        return {
            "status": status_,
            "type": type_,
            "operation": operation_,
        }
