from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.shell_server_tool_config import ShellServerToolConfig
    from ..models.shell_server_tool_open_router_type import (
        ShellServerToolOpenRouterType,
    )


@_attrs_define(slots=False, repr=False)
class ShellServerToolOpenRouter(LazyModel):
    """OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container (a sandbox-backed clone of
    OpenAI's hosted shell tool)

        Example:
            {'parameters': {'engine': 'openrouter', 'environment': {'type': 'container_auto'}}, 'type': 'openrouter:shell'}

        Attributes:
            type (ShellServerToolOpenRouterType):
            parameters (ShellServerToolConfig | None): Configuration for the openrouter:shell server tool Example:
                {'engine': 'openrouter', 'environment': {'type': 'container_auto'}}.
    """

    type: ShellServerToolOpenRouterType
    parameters: ShellServerToolConfig | None = ABSENT
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:shell"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.shell_server_tool_config import ShellServerToolConfig
        from ..models.shell_server_tool_open_router_type import (
            ShellServerToolOpenRouterType,
        )

        def type_(raw__: Any) -> Any:
            type = ShellServerToolOpenRouterType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = ShellServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
