from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_tool_search_server_tool_item_type import (
        OutputToolSearchServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputToolSearchServerToolItem(LazyModel):
    """An openrouter:tool_search server tool output item

    Example:
        {'id': 'ts_tmp_abc123', 'query': 'weather tools', 'status': 'completed', 'type': 'openrouter:tool_search'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputToolSearchServerToolItemType):
        id (str | None):
        query (str | None):
    """

    status: ToolCallStatus
    type: OutputToolSearchServerToolItemType
    id: str | None = ABSENT
    query: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("id", "id"),
        ("query", "query"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:tool_search"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_tool_search_server_tool_item_type import (
            OutputToolSearchServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputToolSearchServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
