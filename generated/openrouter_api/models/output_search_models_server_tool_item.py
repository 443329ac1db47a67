from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_search_models_server_tool_item_type import (
        OutputSearchModelsServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputSearchModelsServerToolItem(LazyModel):
    """An openrouter:experimental__search_models server tool output item

    Example:
        {'arguments': '{"query":"Claude Opus"}', 'id': 'sm_tmp_abc123', 'query': 'Claude Opus', 'status': 'completed',
            'type': 'openrouter:experimental__search_models'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputSearchModelsServerToolItemType):
        arguments (str | None): The JSON arguments submitted to the search tool (e.g. {"query":"Claude"})
        id (str | None):
        query (str | None):
    """

    status: ToolCallStatus
    type: OutputSearchModelsServerToolItemType
    arguments: str | None = ABSENT
    id: str | None = ABSENT
    query: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("arguments", "arguments"),
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
        ("type", "openrouter:experimental__search_models"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_search_models_server_tool_item_type import (
            OutputSearchModelsServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputSearchModelsServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
