from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.subagent_server_tool_config import SubagentServerToolConfig
    from ..models.subagent_server_tool_open_router_type import (
        SubagentServerToolOpenRouterType,
    )


@_attrs_define(slots=False, repr=False)
class SubagentServerToolOpenRouter(LazyModel):
    """OpenRouter built-in server tool: delegates self-contained tasks to a smaller, cheaper, faster worker model (any
    OpenRouter model) mid-generation and returns its outcome. The worker may run as a sub-agent with its own tools.

        Example:
            {'parameters': {'model': '~anthropic/claude-haiku-latest'}, 'type': 'openrouter:subagent'}

        Attributes:
            type (SubagentServerToolOpenRouterType):
            parameters (SubagentServerToolConfig | None): Configuration for one openrouter:subagent server tool entry.
                Example: {'model': '~anthropic/claude-haiku-latest', 'name': 'summarizer'}.
    """

    type: SubagentServerToolOpenRouterType
    parameters: SubagentServerToolConfig | None = ABSENT
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:subagent"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.subagent_server_tool_config import SubagentServerToolConfig
        from ..models.subagent_server_tool_open_router_type import (
            SubagentServerToolOpenRouterType,
        )

        def type_(raw__: Any) -> Any:
            type = SubagentServerToolOpenRouterType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = SubagentServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
