from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.files_server_tool_config import FilesServerToolConfig
    from ..models.files_server_tool_type import FilesServerToolType


@_attrs_define(slots=False, repr=False)
class FilesServerTool(LazyModel):
    """OpenRouter built-in server tool: read, write, edit, and list workspace files via the Files API. Requires an
    authenticated request; files come from the API key's workspace (or the default workspace for keys without one).

        Example:
            {'parameters': {}, 'type': 'openrouter:files'}

        Attributes:
            type (FilesServerToolType):
            parameters (FilesServerToolConfig | None): Configuration for the openrouter:files server tool Example: {}.
    """

    type: FilesServerToolType
    parameters: FilesServerToolConfig | None = ABSENT
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:files"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.files_server_tool_config import FilesServerToolConfig
        from ..models.files_server_tool_type import FilesServerToolType

        def type_(raw__: Any) -> Any:
            type = FilesServerToolType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = FilesServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
