from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.messages_search_models_server_tool_type import (
        MessagesSearchModelsServerToolType,
    )
    from ..models.search_models_server_tool_config import SearchModelsServerToolConfig


@_attrs_define(slots=False, repr=False)
class MessagesSearchModelsServerTool(LazyModel):
    """OpenRouter built-in server tool: searches and filters AI models available on OpenRouter

    Example:
        {'parameters': {'max_results': 5}, 'type': 'openrouter:experimental__search_models'}

    Attributes:
        type (MessagesSearchModelsServerToolType):
        parameters (SearchModelsServerToolConfig | None): Configuration for the openrouter:experimental__search_models
            server tool Example: {'max_results': 5}.
    """

    type: MessagesSearchModelsServerToolType
    parameters: SearchModelsServerToolConfig | None = ABSENT
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
        ("type", "openrouter:experimental__search_models"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_search_models_server_tool_type import (
            MessagesSearchModelsServerToolType,
        )
        from ..models.search_models_server_tool_config import (
            SearchModelsServerToolConfig,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesSearchModelsServerToolType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = SearchModelsServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
