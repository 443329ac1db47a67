from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.custom_tool_call_item_type import CustomToolCallItemType
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class CustomToolCallItem(LazyModel):
    """A call to a custom (freeform-grammar) tool created by the model — distinct from `function_call`. Used for tools like
    Codex CLI's `apply_patch` whose payload is opaque text rather than JSON arguments.

        Example:
            {'call_id': 'call-abc123', 'id': 'ctc-abc123', 'input': '*** Begin Patch\\n*** End Patch', 'name':
                'apply_patch', 'type': 'custom_tool_call'}

        Attributes:
            call_id (str):
            input (str):
            name (str):
            type (CustomToolCallItemType):
            id (str | None):
            namespace (str | None): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
                server)
            status (ToolCallStatus | None):  Example: completed.
    """

    call_id: str
    input: str
    name: str
    type: CustomToolCallItemType
    id: str | None = ABSENT
    namespace: str | None = ABSENT
    status: ToolCallStatus | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("input", "input"),
        ("name", "name"),
        ("type", "type"),
        ("id", "id"),
        ("namespace", "namespace"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "call_id",
            "input",
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "custom_tool_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.custom_tool_call_item_type import CustomToolCallItemType
        from ..models.tool_call_status import ToolCallStatus

        def type_(raw__: Any) -> Any:
            type = CustomToolCallItemType(raw__)

            return type

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        return {
            "type": type_,
            "status": status_,
        }
