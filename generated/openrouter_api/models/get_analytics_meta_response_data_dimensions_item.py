from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class GetAnalyticsMetaResponseDataDimensionsItem(LazyModel):
    """
    Attributes:
        display_label (str): Human-readable label Example: Model.
        name (str): Dimension identifier used in query requests Example: model.
    """

    display_label: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("display_label", "display_label"),
        ("name", "name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "display_label",
            "name",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
