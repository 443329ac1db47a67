from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.apply_patch_server_tool_config import ApplyPatchServerToolConfig
    from ..models.apply_patch_server_tool_open_router_type import (
        ApplyPatchServerToolOpenRouterType,
    )


@_attrs_define(slots=False, repr=False)
class ApplyPatchServerToolOpenRouter(LazyModel):
    """OpenRouter built-in server tool: validates V4A diff patches for file operations (create, update, delete). Restricted
    to the Responses API.

        Example:
            {'type': 'openrouter:apply_patch'}

        Attributes:
            type (ApplyPatchServerToolOpenRouterType):
            parameters (ApplyPatchServerToolConfig | None): Configuration for the openrouter:apply_patch server tool
                Example: {'engine': 'auto'}.
    """

    type: ApplyPatchServerToolOpenRouterType
    parameters: ApplyPatchServerToolConfig | None = ABSENT
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:apply_patch"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.apply_patch_server_tool_config import ApplyPatchServerToolConfig
        from ..models.apply_patch_server_tool_open_router_type import (
            ApplyPatchServerToolOpenRouterType,
        )

        def type_(raw__: Any) -> Any:
            type = ApplyPatchServerToolOpenRouterType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = ApplyPatchServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
