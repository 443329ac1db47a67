from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.custom_tool import CustomTool
    from ..models.namespace_function_tool import NamespaceFunctionTool
    from ..models.namespace_tool_type import NamespaceToolType


@_attrs_define(slots=False, repr=False)
class NamespaceTool(LazyModel):
    """Groups function/custom tools under a shared namespace

    Example:
        {'description': 'Tools for spawning and managing sub-agents.', 'name': 'multi_agent_v1', 'tools': [{'name':
            'spawn_agent', 'type': 'function'}], 'type': 'namespace'}

    Attributes:
        description (str):
        name (str):
        tools (list[CustomTool | NamespaceFunctionTool]):
        type (NamespaceToolType):
    """

    description: str
    name: str
    tools: list[CustomTool | NamespaceFunctionTool]
    type: NamespaceToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("description", "description"),
        ("name", "name"),
        ("tools", "tools"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "name",
            "tools",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "tools",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "namespace"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.custom_tool import CustomTool
        from ..models.namespace_function_tool import NamespaceFunctionTool
        from ..models.namespace_tool_type import NamespaceToolType

        def tools_(raw__: Any) -> Any:
            tools = []
            _tools = raw__
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> CustomTool | NamespaceFunctionTool:
                    if NamespaceFunctionTool.accepts(data):
                        tools_item_type_0 = NamespaceFunctionTool.from_dict(data)

                        return tools_item_type_0
                    if CustomTool.accepts(data):
                        tools_item_type_1 = CustomTool.from_dict(data)

                        return tools_item_type_1
                    if NamespaceFunctionTool.discriminated_by(data):
                        return NamespaceFunctionTool.from_dict(data)
                    if CustomTool.discriminated_by(data):
                        return CustomTool.from_dict(data)
                    return cast(CustomTool | NamespaceFunctionTool, data)

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

            return tools

        def type_(raw__: Any) -> Any:
            type = NamespaceToolType(raw__)

            return type

        return {
            "tools": tools_,
            "type": type_,
        }
