from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.mcp_server_tool_require_approval_object_always import (
        McpServerToolRequireApprovalObjectAlways,
    )
    from ..models.mcp_server_tool_require_approval_object_never import (
        McpServerToolRequireApprovalObjectNever,
    )


@_attrs_define(slots=False, repr=False)
class McpServerToolRequireApprovalObject(LazyModel):
    """
    Attributes:
        always (McpServerToolRequireApprovalObjectAlways | None):
        never (McpServerToolRequireApprovalObjectNever | None):
    """

    always: McpServerToolRequireApprovalObjectAlways | None = ABSENT
    never: McpServerToolRequireApprovalObjectNever | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("always", "always"),
        ("never", "never"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.mcp_server_tool_require_approval_object_always import (
            McpServerToolRequireApprovalObjectAlways,
        )
        from ..models.mcp_server_tool_require_approval_object_never import (
            McpServerToolRequireApprovalObjectNever,
        )

        def always_(raw__: Any) -> Any:
            always = McpServerToolRequireApprovalObjectAlways.from_dict(raw__)

            return always

        def never_(raw__: Any) -> Any:
            never = McpServerToolRequireApprovalObjectNever.from_dict(raw__)

            return never

        return {
            "always": always_,
            "never": never_,
        }
