from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class UnifiedBenchmarksDAItemTournamentStats(LazyModel):
    """Placement distribution from tournament matches.

    Attributes:
        first_place (int | None):
        fourth_place (int | None):
        second_place (int | None):
        third_place (int | None):
        total (int | None):
    """

    first_place: int | None
    fourth_place: int | None
    second_place: int | None
    third_place: int | None
    total: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("first_place", "first_place"),
        ("fourth_place", "fourth_place"),
        ("second_place", "second_place"),
        ("third_place", "third_place"),
        ("total", "total"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "first_place",
            "fourth_place",
            "second_place",
            "third_place",
            "total",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
