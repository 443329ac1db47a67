from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.apply_patch_server_tool_type import ApplyPatchServerToolType


@_attrs_define(slots=False, repr=False)
class ApplyPatchServerTool(LazyModel):
    """Apply patch tool configuration

    Example:
        {'type': 'apply_patch'}

    Attributes:
        type (ApplyPatchServerToolType):
    """

    type: ApplyPatchServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "apply_patch"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.apply_patch_server_tool_type import ApplyPatchServerToolType

        def type_(raw__: Any) -> Any:
            type = ApplyPatchServerToolType(raw__)

            return type

        return {
            "type": type_,
        }
