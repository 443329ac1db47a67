from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.enum_capability_type import EnumCapabilityType


@_attrs_define(slots=False, repr=False)
class EnumCapability(LazyModel):
    """A parameter that accepts one of a discrete set of string values.

    Example:
        {'type': 'enum', 'values': ['1K', '2K', '4K']}

    Attributes:
        type (EnumCapabilityType):
        values (list[str]):
    """

    type: EnumCapabilityType
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("values", "values"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "values",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "values",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "enum"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.enum_capability_type import EnumCapabilityType

        def type_(raw__: Any) -> Any:
            type = EnumCapabilityType(raw__)

            return type

        def values_(raw__: Any) -> Any:
            values = cast(list[str], raw__)

            return values

        return {
            "type": type_,
            "values": values_,
        }
