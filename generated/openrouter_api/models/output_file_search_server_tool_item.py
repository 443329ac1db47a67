from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_file_search_server_tool_item_type import (
        OutputFileSearchServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputFileSearchServerToolItem(LazyModel):
    """An openrouter:file_search server tool output item

    Example:
        {'id': 'fs_tmp_abc123', 'queries': ['search term'], 'status': 'completed', 'type': 'openrouter:file_search'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputFileSearchServerToolItemType):
        id (str | None):
        queries (list[str] | None):
    """

    status: ToolCallStatus
    type: OutputFileSearchServerToolItemType
    id: str | None = ABSENT
    queries: list[str] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("id", "id"),
        ("queries", "queries"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:file_search"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_file_search_server_tool_item_type import (
            OutputFileSearchServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputFileSearchServerToolItemType(raw__)

            return type

        def queries_(raw__: Any) -> Any:
            queries = cast(list[str], raw__)

            return queries

        return {
            "status": status_,
            "type": type_,
            "queries": queries_,
        }
