from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.function_call_item_subagent_items_item import (
        FunctionCallItemSubagentItemsItem,
    )
    from ..models.function_call_item_type import FunctionCallItemType
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class FunctionCallItem(LazyModel):
    """A function call initiated by the model

    Example:
        {'arguments': '{"location":"San Francisco"}', 'call_id': 'call-abc123', 'id': 'call-abc123', 'name':
            'get_weather', 'status': 'completed', 'type': 'function_call'}

    Attributes:
        arguments (str):
        call_id (str):
        id (str):
        name (str):
        type (FunctionCallItemType):
        namespace (str | None): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
            server)
        status (ToolCallStatus | None):  Example: completed.
        subagent_id (str | None): EXPERIMENTAL — subject to change without notice. String id that matches the `call_id`
            of the `openrouter:subagent` server tool call that spawned the subagent. Present on every `function_call` item
            the subagent projects; absent on ordinary function calls.
        subagent_items (list[FunctionCallItemSubagentItemsItem] | None): EXPERIMENTAL — subject to change without
            notice. The subagent's output items produced on this turn. Treat this as an opaque object; you must replay it in
            the request so that the subagent can continue execution of the tool with the same context. If a subagent created
            multiple parallel tool calls, only the first tool call will have this field. The other tool calls will only have
            `subagent_id`. Present only if the tool call originates from a subagent spawned by the `openrouter:subagent`
            server tool.
    """

    arguments: str
    call_id: str
    id: str
    name: str
    type: FunctionCallItemType
    namespace: str | None = ABSENT
    status: ToolCallStatus | None = ABSENT
    subagent_id: str | None = ABSENT
    subagent_items: list[FunctionCallItemSubagentItemsItem] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("call_id", "call_id"),
        ("id", "id"),
        ("name", "name"),
        ("type", "type"),
        ("namespace", "namespace"),
        ("status", "status"),
        ("subagent_id", "subagent_id"),
        ("subagent_items", "subagent_items"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "arguments",
            "call_id",
            "id",
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "function_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.function_call_item_subagent_items_item import (
            FunctionCallItemSubagentItemsItem,
        )
        from ..models.function_call_item_type import FunctionCallItemType
        from ..models.tool_call_status import ToolCallStatus

        def type_(raw__: Any) -> Any:
            type = FunctionCallItemType(raw__)

            return type

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def subagent_items_(raw__: Any) -> Any:
            subagent_items = []
            _subagent_items = raw__
            for subagent_items_item_data in _subagent_items:
                subagent_items_item = FunctionCallItemSubagentItemsItem.from_dict(
                    subagent_items_item_data
                )

                subagent_items.append(subagent_items_item)

            return subagent_items

        return {
            "type": type_,
            "status": status_,
            "subagent_items": subagent_items_,
        }
