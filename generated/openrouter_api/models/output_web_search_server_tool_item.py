from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_web_search_server_tool_item_action import (
        OutputWebSearchServerToolItemAction,
    )
    from ..models.output_web_search_server_tool_item_type import (
        OutputWebSearchServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputWebSearchServerToolItem(LazyModel):
    """An openrouter:web_search server tool output item

    Example:
        {'action': {'query': 'latest AI news', 'type': 'search'}, 'id': 'ws_tmp_abc123', 'status': 'completed', 'type':
            'openrouter:web_search'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputWebSearchServerToolItemType):
        action (OutputWebSearchServerToolItemAction | None): The search action performed, matching OpenAI
            web_search_call.action shape. Includes the query the model issued and optional source URLs returned by the
            search provider.
        id (str | None):
    """

    status: ToolCallStatus
    type: OutputWebSearchServerToolItemType
    action: OutputWebSearchServerToolItemAction | None = ABSENT
    id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("action", "action"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:web_search"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_web_search_server_tool_item_action import (
            OutputWebSearchServerToolItemAction,
        )
        from ..models.output_web_search_server_tool_item_type import (
            OutputWebSearchServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputWebSearchServerToolItemType(raw__)

            return type

        def action_(raw__: Any) -> Any:
            action = OutputWebSearchServerToolItemAction.from_dict(raw__)

            return action

        return {
            "status": status_,
            "type": type_,
            "action": action_,
        }
