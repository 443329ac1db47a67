from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.boolean_capability_type import BooleanCapabilityType


@_attrs_define(slots=False, repr=False)
class BooleanCapability(LazyModel):
    """A supported-or-not flag. Present means the parameter is accepted.

    Example:
        {'type': 'boolean'}

    Attributes:
        type (BooleanCapabilityType):
    """

    type: BooleanCapabilityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "boolean"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.boolean_capability_type import BooleanCapabilityType

        def type_(raw__: Any) -> Any:
            type = BooleanCapabilityType(raw__)

            return type

        return {
            "type": type_,
        }
