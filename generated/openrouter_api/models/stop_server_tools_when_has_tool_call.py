from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.stop_server_tools_when_has_tool_call_type import (
        StopServerToolsWhenHasToolCallType,
    )


@_attrs_define(slots=False, repr=False)
class StopServerToolsWhenHasToolCall(LazyModel):
    """Stop after a tool with this name has been called.

    Example:
        {'tool_name': 'finalize', 'type': 'has_tool_call'}

    Attributes:
        tool_name (str):
        type (StopServerToolsWhenHasToolCallType):
    """

    tool_name: str
    type: StopServerToolsWhenHasToolCallType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_name", "tool_name"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "tool_name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "has_tool_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.stop_server_tools_when_has_tool_call_type import (
            StopServerToolsWhenHasToolCallType,
        )

        def type_(raw__: Any) -> Any:
            type = StopServerToolsWhenHasToolCallType(raw__)

            return type

        return {
            "type": type_,
        }
