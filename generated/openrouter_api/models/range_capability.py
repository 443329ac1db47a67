from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.range_capability_type import RangeCapabilityType


@_attrs_define(slots=False, repr=False)
class RangeCapability(LazyModel):
    """A parameter that accepts any value within an inclusive numeric range.

    Example:
        {'max': 100, 'min': 0, 'type': 'range'}

    Attributes:
        max_ (float):
        min_ (float):
        type (RangeCapabilityType):
    """

    max_: float
    min_: float
    type: RangeCapabilityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_", "max"),
        ("min_", "min"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "max",
            "min",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "range"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.range_capability_type import RangeCapabilityType

        def type_(raw__: Any) -> Any:
            type = RangeCapabilityType(raw__)

            return type

        return {
            "type": type_,
        }
