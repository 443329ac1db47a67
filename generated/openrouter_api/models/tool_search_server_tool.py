from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.tool_search_server_tool_config import ToolSearchServerToolConfig
    from ..models.tool_search_server_tool_type import ToolSearchServerToolType


@_attrs_define(slots=False, repr=False)
class ToolSearchServerTool(LazyModel):
    """OpenRouter built-in server tool: finds tools marked `defer_loading` and makes them callable

    Example:
        {'parameters': {'max_results': 5}, 'type': 'openrouter:tool_search'}

    Attributes:
        type (ToolSearchServerToolType):
        parameters (ToolSearchServerToolConfig | None): Configuration for the openrouter:tool_search server tool
            Example: {'max_results': 5}.
    """

    type: ToolSearchServerToolType
    parameters: ToolSearchServerToolConfig | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("parameters", "parameters"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:tool_search"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.tool_search_server_tool_config import ToolSearchServerToolConfig
        from ..models.tool_search_server_tool_type import ToolSearchServerToolType

        def type_(raw__: Any) -> Any:
            type = ToolSearchServerToolType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = ToolSearchServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
