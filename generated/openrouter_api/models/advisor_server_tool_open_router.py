from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.advisor_server_tool_config import AdvisorServerToolConfig
    from ..models.advisor_server_tool_open_router_type import (
        AdvisorServerToolOpenRouterType,
    )


@_attrs_define(slots=False, repr=False)
class AdvisorServerToolOpenRouter(LazyModel):
    """OpenRouter built-in server tool: consults a higher-intelligence advisor model (any OpenRouter model) for guidance
    mid-generation and returns its response. Include multiple entries to offer several named advisors; at most one entry
    may omit `name` to act as the default advisor.

        Example:
            {'parameters': {'model': '~anthropic/claude-opus-latest', 'name': 'reviewer'}, 'type': 'openrouter:advisor'}

        Attributes:
            type (AdvisorServerToolOpenRouterType):
            parameters (AdvisorServerToolConfig | None): Configuration for one openrouter:advisor server tool entry.
                Example: {'model': '~anthropic/claude-opus-latest', 'name': 'reviewer'}.
    """

    type: AdvisorServerToolOpenRouterType
    parameters: AdvisorServerToolConfig | None = ABSENT
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:advisor"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.advisor_server_tool_config import AdvisorServerToolConfig
        from ..models.advisor_server_tool_open_router_type import (
            AdvisorServerToolOpenRouterType,
        )

        def type_(raw__: Any) -> Any:
            type = AdvisorServerToolOpenRouterType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = AdvisorServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
