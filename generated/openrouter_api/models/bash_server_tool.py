from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.bash_server_tool_config import BashServerToolConfig
    from ..models.bash_server_tool_type import BashServerToolType


@_attrs_define(slots=False, repr=False)
class BashServerTool(LazyModel):
    """OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container

    Example:
        {'parameters': {'environment': {'type': 'container_auto'}}, 'type': 'openrouter:bash'}

    Attributes:
        type (BashServerToolType):
        parameters (BashServerToolConfig | None): Configuration for the openrouter:bash server tool Example:
            {'environment': {'type': 'container_auto'}}.
    """

    type: BashServerToolType
    parameters: BashServerToolConfig | None = ABSENT
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:bash"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.bash_server_tool_config import BashServerToolConfig
        from ..models.bash_server_tool_type import BashServerToolType

        def type_(raw__: Any) -> Any:
            type = BashServerToolType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = BashServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
