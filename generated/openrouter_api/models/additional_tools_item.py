from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.additional_tools_item_role import AdditionalToolsItemRole
    from ..models.additional_tools_item_tools_item_function import (
        AdditionalToolsItemToolsItemFunction,
    )
    from ..models.additional_tools_item_tools_item_type import (
        AdditionalToolsItemToolsItemType,
    )
    from ..models.additional_tools_item_type import AdditionalToolsItemType
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import (
        ApplyPatchServerToolOpenRouter,
    )
    from ..models.bash_server_tool import BashServerTool
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.custom_tool import CustomTool
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.files_server_tool import FilesServerTool
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.mcp_server_tool import McpServerTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.search_models_server_tool_open_router import (
        SearchModelsServerToolOpenRouter,
    )
    from ..models.shell_server_tool import ShellServerTool
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_server_tool import WebSearchServerTool
    from ..models.web_search_server_tool_open_router import (
        WebSearchServerToolOpenRouter,
    )


@_attrs_define(slots=False, repr=False)
class AdditionalToolsItem(LazyModel):
    """Additional tools made available to the model at this point in the input

    Example:
        {'role': 'developer', 'tools': [{'name': 'get_weather', 'parameters': {'properties': {'location': {'type':
            'string'}}, 'type': 'object'}, 'type': 'function'}], 'type': 'additional_tools'}

    Attributes:
        role (AdditionalToolsItemRole):
        tools (list[AdditionalToolsItemToolsItemFunction | AdditionalToolsItemToolsItemType |
            AdvisorServerToolOpenRouter | ApplyPatchServerTool | ApplyPatchServerToolOpenRouter | BashServerTool |
            CodeInterpreterServerTool | CodexLocalShellTool | ComputerUseServerTool | CustomTool | DatetimeServerTool |
            FileSearchServerTool | FilesServerTool | FusionServerToolOpenRouter | ImageGenerationServerTool |
            ImageGenerationServerToolOpenRouter | LegacyWebSearchServerTool | McpServerTool | NamespaceTool |
            Preview20250311WebSearchServerTool | PreviewWebSearchServerTool | SearchModelsServerToolOpenRouter |
            ShellServerTool | ShellServerToolOpenRouter | SubagentServerToolOpenRouter | ToolSearchServerTool |
            WebFetchServerTool | WebSearchServerTool | WebSearchServerToolOpenRouter]):
        type (AdditionalToolsItemType):
        id (str | None):
    """

    role: AdditionalToolsItemRole
    tools: list[
        AdditionalToolsItemToolsItemFunction
        | AdditionalToolsItemToolsItemType
        | AdvisorServerToolOpenRouter
        | ApplyPatchServerTool
        | ApplyPatchServerToolOpenRouter
        | BashServerTool
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | DatetimeServerTool
        | FileSearchServerTool
        | FilesServerTool
        | FusionServerToolOpenRouter
        | ImageGenerationServerTool
        | ImageGenerationServerToolOpenRouter
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
        | Preview20250311WebSearchServerTool
        | PreviewWebSearchServerTool
        | SearchModelsServerToolOpenRouter
        | ShellServerTool
        | ShellServerToolOpenRouter
        | SubagentServerToolOpenRouter
        | ToolSearchServerTool
        | WebFetchServerTool
        | WebSearchServerTool
        | WebSearchServerToolOpenRouter
    ]
    type: AdditionalToolsItemType
    id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("tools", "tools"),
        ("type", "type"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
            "tools",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "tools",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "additional_tools"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.additional_tools_item_role import AdditionalToolsItemRole
        from ..models.additional_tools_item_tools_item_function import (
            AdditionalToolsItemToolsItemFunction,
        )
        from ..models.additional_tools_item_tools_item_type import (
            AdditionalToolsItemToolsItemType,
        )
        from ..models.additional_tools_item_type import AdditionalToolsItemType
        from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
        from ..models.apply_patch_server_tool import ApplyPatchServerTool
        from ..models.apply_patch_server_tool_open_router import (
            ApplyPatchServerToolOpenRouter,
        )
        from ..models.bash_server_tool import BashServerTool
        from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
        from ..models.codex_local_shell_tool import CodexLocalShellTool
        from ..models.computer_use_server_tool import ComputerUseServerTool
        from ..models.custom_tool import CustomTool
        from ..models.datetime_server_tool import DatetimeServerTool
        from ..models.file_search_server_tool import FileSearchServerTool
        from ..models.files_server_tool import FilesServerTool
        from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
        from ..models.image_generation_server_tool import ImageGenerationServerTool
        from ..models.image_generation_server_tool_open_router import (
            ImageGenerationServerToolOpenRouter,
        )
        from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
        from ..models.mcp_server_tool import McpServerTool
        from ..models.namespace_tool import NamespaceTool
        from ..models.preview_20250311_web_search_server_tool import (
            Preview20250311WebSearchServerTool,
        )
        from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
        from ..models.search_models_server_tool_open_router import (
            SearchModelsServerToolOpenRouter,
        )
        from ..models.shell_server_tool import ShellServerTool
        from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
        from ..models.subagent_server_tool_open_router import (
            SubagentServerToolOpenRouter,
        )
        from ..models.tool_search_server_tool import ToolSearchServerTool
        from ..models.web_fetch_server_tool import WebFetchServerTool
        from ..models.web_search_server_tool import WebSearchServerTool
        from ..models.web_search_server_tool_open_router import (
            WebSearchServerToolOpenRouter,
        )

        def role_(raw__: Any) -> Any:
            role = AdditionalToolsItemRole(raw__)

            return role

        def tools_(raw__: Any) -> Any:
            tools = []
            _tools = raw__
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    AdditionalToolsItemToolsItemFunction
                    | AdditionalToolsItemToolsItemType
                    | AdvisorServerToolOpenRouter
                    | ApplyPatchServerTool
                    | ApplyPatchServerToolOpenRouter
                    | BashServerTool
                    | CodeInterpreterServerTool
                    | CodexLocalShellTool
                    | ComputerUseServerTool
                    | CustomTool
                    | DatetimeServerTool
                    | FileSearchServerTool
                    | FilesServerTool
                    | FusionServerToolOpenRouter
                    | ImageGenerationServerTool
                    | ImageGenerationServerToolOpenRouter
                    | LegacyWebSearchServerTool
                    | McpServerTool
                    | NamespaceTool
                    | Preview20250311WebSearchServerTool
                    | PreviewWebSearchServerTool
                    | SearchModelsServerToolOpenRouter
                    | ShellServerTool
                    | ShellServerToolOpenRouter
                    | SubagentServerToolOpenRouter
                    | ToolSearchServerTool
                    | WebFetchServerTool
                    | WebSearchServerTool
                    | WebSearchServerToolOpenRouter
                ):
                    if AdditionalToolsItemToolsItemFunction.accepts(data):
                        tools_item_type_0 = (
                            AdditionalToolsItemToolsItemFunction.from_dict(data)
                        )

                        return tools_item_type_0
                    if PreviewWebSearchServerTool.accepts(data):
                        tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

                        return tools_item_type_1
                    if Preview20250311WebSearchServerTool.accepts(data):
                        tools_item_type_2 = (
                            Preview20250311WebSearchServerTool.from_dict(data)
                        )

                        return tools_item_type_2
                    if LegacyWebSearchServerTool.accepts(data):
                        tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

                        return tools_item_type_3
                    if WebSearchServerTool.accepts(data):
                        tools_item_type_4 = WebSearchServerTool.from_dict(data)

                        return tools_item_type_4
                    if FileSearchServerTool.accepts(data):
                        tools_item_type_5 = FileSearchServerTool.from_dict(data)

                        return tools_item_type_5
                    if ComputerUseServerTool.accepts(data):
                        tools_item_type_6 = ComputerUseServerTool.from_dict(data)

                        return tools_item_type_6
                    if CodeInterpreterServerTool.accepts(data):
                        tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

                        return tools_item_type_7
                    if McpServerTool.accepts(data):
                        tools_item_type_8 = McpServerTool.from_dict(data)

                        return tools_item_type_8
                    if ImageGenerationServerTool.accepts(data):
                        tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

                        return tools_item_type_9
                    if CodexLocalShellTool.accepts(data):
                        tools_item_type_10 = CodexLocalShellTool.from_dict(data)

                        return tools_item_type_10
                    if ShellServerTool.accepts(data):
                        tools_item_type_11 = ShellServerTool.from_dict(data)

                        return tools_item_type_11
                    if ApplyPatchServerTool.accepts(data):
                        tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

                        return tools_item_type_12
                    if CustomTool.accepts(data):
                        tools_item_type_13 = CustomTool.from_dict(data)

                        return tools_item_type_13
                    if NamespaceTool.accepts(data):
                        tools_item_type_14 = NamespaceTool.from_dict(data)

                        return tools_item_type_14
                    if AdvisorServerToolOpenRouter.accepts(data):
                        tools_item_type_15 = AdvisorServerToolOpenRouter.from_dict(data)

                        return tools_item_type_15
                    if SubagentServerToolOpenRouter.accepts(data):
                        tools_item_type_16 = SubagentServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_16
                    if DatetimeServerTool.accepts(data):
                        tools_item_type_17 = DatetimeServerTool.from_dict(data)

                        return tools_item_type_17
                    if FilesServerTool.accepts(data):
                        tools_item_type_18 = FilesServerTool.from_dict(data)

                        return tools_item_type_18
                    if FusionServerToolOpenRouter.accepts(data):
                        tools_item_type_19 = FusionServerToolOpenRouter.from_dict(data)

                        return tools_item_type_19
                    if ImageGenerationServerToolOpenRouter.accepts(data):
                        tools_item_type_20 = (
                            ImageGenerationServerToolOpenRouter.from_dict(data)
                        )

                        return tools_item_type_20
                    if SearchModelsServerToolOpenRouter.accepts(data):
                        tools_item_type_21 = SearchModelsServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_21
                    if WebFetchServerTool.accepts(data):
                        tools_item_type_22 = WebFetchServerTool.from_dict(data)

                        return tools_item_type_22
                    if WebSearchServerToolOpenRouter.accepts(data):
                        tools_item_type_23 = WebSearchServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_23
                    if ApplyPatchServerToolOpenRouter.accepts(data):
                        tools_item_type_24 = ApplyPatchServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_24
                    if BashServerTool.accepts(data):
                        tools_item_type_25 = BashServerTool.from_dict(data)

                        return tools_item_type_25
                    if ShellServerToolOpenRouter.accepts(data):
                        tools_item_type_26 = ShellServerToolOpenRouter.from_dict(data)

                        return tools_item_type_26
                    if ToolSearchServerTool.accepts(data):
                        tools_item_type_27 = ToolSearchServerTool.from_dict(data)

                        return tools_item_type_27
                    if AdditionalToolsItemToolsItemType.accepts(data):
                        tools_item_type_28 = AdditionalToolsItemToolsItemType.from_dict(
                            data
                        )

                        return tools_item_type_28
                    if AdditionalToolsItemToolsItemFunction.discriminated_by(data):
                        return AdditionalToolsItemToolsItemFunction.from_dict(data)
                    if PreviewWebSearchServerTool.discriminated_by(data):
                        return PreviewWebSearchServerTool.from_dict(data)
                    if Preview20250311WebSearchServerTool.discriminated_by(data):
                        return Preview20250311WebSearchServerTool.from_dict(data)
                    if LegacyWebSearchServerTool.discriminated_by(data):
                        return LegacyWebSearchServerTool.from_dict(data)
                    if WebSearchServerTool.discriminated_by(data):
                        return WebSearchServerTool.from_dict(data)
                    if FileSearchServerTool.discriminated_by(data):
                        return FileSearchServerTool.from_dict(data)
                    if ComputerUseServerTool.discriminated_by(data):
                        return ComputerUseServerTool.from_dict(data)
                    if CodeInterpreterServerTool.discriminated_by(data):
                        return CodeInterpreterServerTool.from_dict(data)
                    if McpServerTool.discriminated_by(data):
                        return McpServerTool.from_dict(data)
                    if ImageGenerationServerTool.discriminated_by(data):
                        return ImageGenerationServerTool.from_dict(data)
                    if CodexLocalShellTool.discriminated_by(data):
                        return CodexLocalShellTool.from_dict(data)
                    if ShellServerTool.discriminated_by(data):
                        return ShellServerTool.from_dict(data)
                    if ApplyPatchServerTool.discriminated_by(data):
                        return ApplyPatchServerTool.from_dict(data)
                    if CustomTool.discriminated_by(data):
                        return CustomTool.from_dict(data)
                    if NamespaceTool.discriminated_by(data):
                        return NamespaceTool.from_dict(data)
                    if AdvisorServerToolOpenRouter.discriminated_by(data):
                        return AdvisorServerToolOpenRouter.from_dict(data)
                    if SubagentServerToolOpenRouter.discriminated_by(data):
                        return SubagentServerToolOpenRouter.from_dict(data)
                    if DatetimeServerTool.discriminated_by(data):
                        return DatetimeServerTool.from_dict(data)
                    if FilesServerTool.discriminated_by(data):
                        return FilesServerTool.from_dict(data)
                    if FusionServerToolOpenRouter.discriminated_by(data):
                        return FusionServerToolOpenRouter.from_dict(data)
                    if ImageGenerationServerToolOpenRouter.discriminated_by(data):
                        return ImageGenerationServerToolOpenRouter.from_dict(data)
                    if SearchModelsServerToolOpenRouter.discriminated_by(data):
                        return SearchModelsServerToolOpenRouter.from_dict(data)
                    if WebFetchServerTool.discriminated_by(data):
                        return WebFetchServerTool.from_dict(data)
                    if WebSearchServerToolOpenRouter.discriminated_by(data):
                        return WebSearchServerToolOpenRouter.from_dict(data)
                    if ApplyPatchServerToolOpenRouter.discriminated_by(data):
                        return ApplyPatchServerToolOpenRouter.from_dict(data)
                    if BashServerTool.discriminated_by(data):
                        return BashServerTool.from_dict(data)
                    if ShellServerToolOpenRouter.discriminated_by(data):
                        return ShellServerToolOpenRouter.from_dict(data)
                    if ToolSearchServerTool.discriminated_by(data):
                        return ToolSearchServerTool.from_dict(data)
                    if AdditionalToolsItemToolsItemType.discriminated_by(data):
                        return AdditionalToolsItemToolsItemType.from_dict(data)
                    return cast(
                        AdditionalToolsItemToolsItemFunction
                        | AdditionalToolsItemToolsItemType
                        | AdvisorServerToolOpenRouter
                        | ApplyPatchServerTool
                        | ApplyPatchServerToolOpenRouter
                        | BashServerTool
                        | CodeInterpreterServerTool
                        | CodexLocalShellTool
                        | ComputerUseServerTool
                        | CustomTool
                        | DatetimeServerTool
                        | FileSearchServerTool
                        | FilesServerTool
                        | FusionServerToolOpenRouter
                        | ImageGenerationServerTool
                        | ImageGenerationServerToolOpenRouter
                        | LegacyWebSearchServerTool
                        | McpServerTool
                        | NamespaceTool
                        | Preview20250311WebSearchServerTool
                        | PreviewWebSearchServerTool
                        | SearchModelsServerToolOpenRouter
                        | ShellServerTool
                        | ShellServerToolOpenRouter
                        | SubagentServerToolOpenRouter
                        | ToolSearchServerTool
                        | WebFetchServerTool
                        | WebSearchServerTool
                        | WebSearchServerToolOpenRouter,
                        data,
                    )

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

            return tools

        def type_(raw__: Any) -> Any:
            type = AdditionalToolsItemType(raw__)

            return type

        return {
            "role": role_,
            "tools": tools_,
            "type": type_,
        }
