from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.web_search_server_tool_config import WebSearchServerToolConfig
    from ..models.web_search_server_tool_open_router_type import (
        WebSearchServerToolOpenRouterType,
    )


@_attrs_define(slots=False, repr=False)
class WebSearchServerToolOpenRouter(LazyModel):
    """OpenRouter built-in server tool: searches the web for current information

    Example:
        {'parameters': {'max_results': 5}, 'type': 'openrouter:web_search'}

    Attributes:
        type (WebSearchServerToolOpenRouterType):
        parameters (WebSearchServerToolConfig | None): Configuration for the openrouter:web_search server tool Example:
            {'max_results': 5, 'search_context_size': 'medium'}.
    """

    type: WebSearchServerToolOpenRouterType
    parameters: WebSearchServerToolConfig | None = ABSENT
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
        ("type", "openrouter:web_search"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.web_search_server_tool_config import WebSearchServerToolConfig
        from ..models.web_search_server_tool_open_router_type import (
            WebSearchServerToolOpenRouterType,
        )

        def type_(raw__: Any) -> Any:
            type = WebSearchServerToolOpenRouterType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = WebSearchServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
