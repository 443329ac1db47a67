from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.tool_choice_allowed_mode import ToolChoiceAllowedMode
    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem
    from ..models.tool_choice_allowed_type import ToolChoiceAllowedType


@_attrs_define(slots=False, repr=False)
class ToolChoiceAllowed(LazyModel):
    """Constrains the model to a pre-defined set of allowed tools

    Example:
        {'mode': 'auto', 'tools': [{'name': 'get_weather', 'type': 'function'}], 'type': 'allowed_tools'}

    Attributes:
        mode (ToolChoiceAllowedMode):
        tools (list[ToolChoiceAllowedToolsItem]):
        type (ToolChoiceAllowedType):
    """

    mode: ToolChoiceAllowedMode
    tools: list[ToolChoiceAllowedToolsItem]
    type: ToolChoiceAllowedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mode", "mode"),
        ("tools", "tools"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "mode",
            "tools",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "tools",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "allowed_tools"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.tool_choice_allowed_mode import ToolChoiceAllowedMode
        from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem
        from ..models.tool_choice_allowed_type import ToolChoiceAllowedType

        def mode_(raw__: Any) -> Any:
            mode = ToolChoiceAllowedMode(raw__)

            return mode

        def tools_(raw__: Any) -> Any:
            tools = []
            _tools = raw__
            for tools_item_data in _tools:
                tools_item = ToolChoiceAllowedToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

            return tools

        def type_(raw__: Any) -> Any:
            type = ToolChoiceAllowedType(raw__)

            return type

        return {
            "mode": mode_,
            "tools": tools_,
            "type": type_,
        }
