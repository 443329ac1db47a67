from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.web_fetch_server_tool_config import WebFetchServerToolConfig
    from ..models.web_fetch_server_tool_type import WebFetchServerToolType


@_attrs_define(slots=False, repr=False)
class WebFetchServerTool(LazyModel):
    """OpenRouter built-in server tool: fetches full content from a URL (web page or PDF)

    Example:
        {'parameters': {'max_uses': 10}, 'type': 'openrouter:web_fetch'}

    Attributes:
        type (WebFetchServerToolType):
        parameters (WebFetchServerToolConfig | None): Configuration for the openrouter:web_fetch server tool Example:
            {'max_content_tokens': 100000, 'max_uses': 10}.
    """

    type: WebFetchServerToolType
    parameters: WebFetchServerToolConfig | None = ABSENT
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
        ("type", "openrouter:web_fetch"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.web_fetch_server_tool_config import WebFetchServerToolConfig
        from ..models.web_fetch_server_tool_type import WebFetchServerToolType

        def type_(raw__: Any) -> Any:
            type = WebFetchServerToolType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = WebFetchServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
