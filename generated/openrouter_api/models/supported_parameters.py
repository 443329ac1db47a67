from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.boolean_capability import BooleanCapability
    from ..models.enum_capability import EnumCapability
    from ..models.range_capability import RangeCapability


@_attrs_define(slots=False, repr=False)
class SupportedParameters(LazyModel):
    """Union of supported parameters across every endpoint of this model. Coarse discovery aid; the definitive per-endpoint
    set is behind the endpoints URL.

        Example:
            {'output_compression': {'max': 100, 'min': 0, 'type': 'range'}, 'resolution': {'type': 'enum', 'values': ['1K',
                '2K', '4K']}, 'seed': {'type': 'boolean'}}

    """

    additional_properties: dict[
        str, BooleanCapability | EnumCapability | RangeCapability
    ] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = ()
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
