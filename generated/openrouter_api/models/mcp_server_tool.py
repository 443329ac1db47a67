from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.mcp_server_tool_allowed_tools import McpServerToolAllowedTools
    from ..models.mcp_server_tool_connector_id import McpServerToolConnectorId
    from ..models.mcp_server_tool_headers import McpServerToolHeaders
    from ..models.mcp_server_tool_require_approval_enum import (
        McpServerToolRequireApprovalEnum,
    )
    from ..models.mcp_server_tool_require_approval_object import (
        McpServerToolRequireApprovalObject,
    )
    from ..models.mcp_server_tool_type import McpServerToolType


@_attrs_define(slots=False, repr=False)
class McpServerTool(LazyModel):
    """MCP (Model Context Protocol) tool configuration

    Example:
        {'server_label': 'my-server', 'server_url': 'https://example.com/mcp', 'type': 'mcp'}

    Attributes:
        server_label (str):
        type (McpServerToolType):
        allowed_tools (list[str] | McpServerToolAllowedTools | None):
        authorization (str | None):
        connector_id (McpServerToolConnectorId | None):
        headers (McpServerToolHeaders | None):
        require_approval (McpServerToolRequireApprovalEnum | McpServerToolRequireApprovalObject | None):
        server_description (str | None):
        server_url (str | None):
    """

    server_label: str
    type: McpServerToolType
    allowed_tools: list[str] | McpServerToolAllowedTools | None = ABSENT
    authorization: str | None = ABSENT
    connector_id: McpServerToolConnectorId | None = ABSENT
    headers: McpServerToolHeaders | None = ABSENT
    require_approval: (
        McpServerToolRequireApprovalEnum | McpServerToolRequireApprovalObject | None
    ) = ABSENT
    server_description: str | None = ABSENT
    server_url: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("server_label", "server_label"),
        ("type", "type"),
        ("allowed_tools", "allowed_tools"),
        ("authorization", "authorization"),
        ("connector_id", "connector_id"),
        ("headers", "headers"),
        ("require_approval", "require_approval"),
        ("server_description", "server_description"),
        ("server_url", "server_url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "server_label",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "mcp"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.mcp_server_tool_allowed_tools import McpServerToolAllowedTools
        from ..models.mcp_server_tool_connector_id import McpServerToolConnectorId
        from ..models.mcp_server_tool_headers import McpServerToolHeaders
        from ..models.mcp_server_tool_require_approval_enum import (
            McpServerToolRequireApprovalEnum,
        )
        from ..models.mcp_server_tool_require_approval_object import (
            McpServerToolRequireApprovalObject,
        )
        from ..models.mcp_server_tool_type import McpServerToolType

        def type_(raw__: Any) -> Any:
            type = McpServerToolType(raw__)

            return type

        def allowed_tools_(raw__: Any) -> Any:
            def _parse_allowed_tools(
                data: object,
            ) -> list[str] | McpServerToolAllowedTools | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    allowed_tools_type_0 = cast(list[str], data)

                    return allowed_tools_type_0
                if McpServerToolAllowedTools.accepts(data):
                    allowed_tools_type_1 = McpServerToolAllowedTools.from_dict(data)

                    return allowed_tools_type_1
                if McpServerToolAllowedTools.discriminated_by(data):
                    return McpServerToolAllowedTools.from_dict(data)
                return cast(list[str] | McpServerToolAllowedTools | None, data)

            allowed_tools = _parse_allowed_tools(raw__)

            return allowed_tools

        def connector_id_(raw__: Any) -> Any:
            connector_id = McpServerToolConnectorId(raw__)

            return connector_id

        def headers_(raw__: Any) -> Any:
            def _parse_headers(data: object) -> McpServerToolHeaders | None:
                if data is None:
                    return data
                if McpServerToolHeaders.accepts(data):
                    headers_type_0 = McpServerToolHeaders.from_dict(data)

                    return headers_type_0
                if McpServerToolHeaders.discriminated_by(data):
                    return McpServerToolHeaders.from_dict(data)
                return cast(McpServerToolHeaders | None, data)

            headers = _parse_headers(raw__)

            return headers

        def require_approval_(raw__: Any) -> Any:
            def _parse_require_approval(
                data: object,
            ) -> (
                McpServerToolRequireApprovalEnum
                | McpServerToolRequireApprovalObject
                | None
            ):
                if data is None:
                    return data
                if McpServerToolRequireApprovalObject.accepts(data):
                    require_approval_type_0 = (
                        McpServerToolRequireApprovalObject.from_dict(data)
                    )

                    return require_approval_type_0
                if McpServerToolRequireApprovalEnum.is_declared(data):
                    require_approval_type_1 = McpServerToolRequireApprovalEnum(data)

                    return require_approval_type_1
                if McpServerToolRequireApprovalObject.discriminated_by(data):
                    return McpServerToolRequireApprovalObject.from_dict(data)
                if isinstance(data, str):
                    return McpServerToolRequireApprovalEnum(data)
                return cast(
                    McpServerToolRequireApprovalEnum
                    | McpServerToolRequireApprovalObject
                    | None,
                    data,
                )

            require_approval = _parse_require_approval(raw__)

            return require_approval

        return {
            "type": type_,
            "allowed_tools": allowed_tools_,
            "connector_id": connector_id_,
            "headers": headers_,
            "require_approval": require_approval_,
        }
