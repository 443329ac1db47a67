from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.fusion_server_tool_config import FusionServerToolConfig
    from ..models.fusion_server_tool_open_router_type import (
        FusionServerToolOpenRouterType,
    )


@_attrs_define(slots=False, repr=False)
class FusionServerToolOpenRouter(LazyModel):
    """OpenRouter built-in server tool: fans out the user prompt to a panel of analysis models, then asks an analyst model
    to summarize their collective output as structured JSON the outer model can synthesize from.

        Example:
            {'parameters': {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest']}, 'type':
                'openrouter:fusion'}

        Attributes:
            type (FusionServerToolOpenRouterType):
            parameters (FusionServerToolConfig | None): Configuration for the openrouter:fusion server tool. Example:
                {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest']}.
    """

    type: FusionServerToolOpenRouterType
    parameters: FusionServerToolConfig | None = ABSENT
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:fusion"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.fusion_server_tool_config import FusionServerToolConfig
        from ..models.fusion_server_tool_open_router_type import (
            FusionServerToolOpenRouterType,
        )

        def type_(raw__: Any) -> Any:
            type = FusionServerToolOpenRouterType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = FusionServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
