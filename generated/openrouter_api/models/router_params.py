from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class RouterParams(LazyModel):
    """
    Example:
        {'version_group': 'anthropic/claude-sonnet-4'}

    Attributes:
        quality_floor (float | None):
        throughput_floor (float | None):
        version_group (str | None):
    """

    quality_floor: float | None = ABSENT
    throughput_floor: float | None = ABSENT
    version_group: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("quality_floor", "quality_floor"),
        ("throughput_floor", "throughput_floor"),
        ("version_group", "version_group"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
