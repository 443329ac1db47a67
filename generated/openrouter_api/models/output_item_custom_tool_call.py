from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_item_custom_tool_call_type import OutputItemCustomToolCallType


@_attrs_define(slots=False, repr=False)
class OutputItemCustomToolCall(LazyModel):
    """
    Example:
        {'call_id': 'call-abc123', 'id': 'ctc-abc123', 'input': '*** Begin Patch\\n*** End Patch', 'name':
            'apply_patch', 'type': 'custom_tool_call'}

    Attributes:
        call_id (str):
        input (str):
        name (str):
        type (OutputItemCustomToolCallType):
        id (str | None):
        namespace (str | None): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
            server)
    """

    call_id: str
    input: str
    name: str
    type: OutputItemCustomToolCallType
    id: str | None = ABSENT
    namespace: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("input", "input"),
        ("name", "name"),
        ("type", "type"),
        ("id", "id"),
        ("namespace", "namespace"),
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
        from ..models.output_item_custom_tool_call_type import (
            OutputItemCustomToolCallType,
        )

        def type_(raw__: Any) -> Any:
            type = OutputItemCustomToolCallType(raw__)

            return type

        return {
            "type": type_,
        }
