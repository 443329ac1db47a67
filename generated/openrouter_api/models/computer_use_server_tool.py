from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.computer_use_server_tool_environment import (
        ComputerUseServerToolEnvironment,
    )
    from ..models.computer_use_server_tool_type import ComputerUseServerToolType


@_attrs_define(slots=False, repr=False)
class ComputerUseServerTool(LazyModel):
    """Computer use preview tool configuration

    Example:
        {'display_height': 768, 'display_width': 1024, 'environment': 'linux', 'type': 'computer_use_preview'}

    Attributes:
        display_height (int):
        display_width (int):
        environment (ComputerUseServerToolEnvironment):
        type (ComputerUseServerToolType):
    """

    display_height: int
    display_width: int
    environment: ComputerUseServerToolEnvironment
    type: ComputerUseServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("display_height", "display_height"),
        ("display_width", "display_width"),
        ("environment", "environment"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "display_height",
            "display_width",
            "environment",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "computer_use_preview"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.computer_use_server_tool_environment import (
            ComputerUseServerToolEnvironment,
        )
        from ..models.computer_use_server_tool_type import ComputerUseServerToolType

        def environment_(raw__: Any) -> Any:
            environment = ComputerUseServerToolEnvironment(raw__)

            return environment

        def type_(raw__: Any) -> Any:
            type = ComputerUseServerToolType(raw__)

            return type

        return {
            "environment": environment_,
            "type": type_,
        }
