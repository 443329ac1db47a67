from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_tool_addition_block_tool_mcp_toolset_reference_type import (
        MessagesToolAdditionBlockToolMcpToolsetReferenceType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesToolAdditionBlockToolMcpToolsetReference(LazyModel):
    """
    Attributes:
        server_name (str):
        type (MessagesToolAdditionBlockToolMcpToolsetReferenceType):
    """

    server_name: str
    type: MessagesToolAdditionBlockToolMcpToolsetReferenceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("server_name", "server_name"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "server_name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "mcp_toolset_reference"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_tool_addition_block_tool_mcp_toolset_reference_type import (
            MessagesToolAdditionBlockToolMcpToolsetReferenceType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesToolAdditionBlockToolMcpToolsetReferenceType(raw__)

            return type

        return {
            "type": type_,
        }
