from __future__ import annotations

from typing import Any, ClassVar, cast

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

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def first_place_(raw__: Any) -> Any:
            def _parse_first_place(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            first_place = _parse_first_place(raw__)

            return first_place

        def fourth_place_(raw__: Any) -> Any:
            def _parse_fourth_place(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            fourth_place = _parse_fourth_place(raw__)

            return fourth_place

        def second_place_(raw__: Any) -> Any:
            def _parse_second_place(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            second_place = _parse_second_place(raw__)

            return second_place

        def third_place_(raw__: Any) -> Any:
            def _parse_third_place(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            third_place = _parse_third_place(raw__)

            return third_place

        def total_(raw__: Any) -> Any:
            def _parse_total(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            total = _parse_total(raw__)

            return total

        return {
            "first_place": first_place_,
            "fourth_place": fourth_place_,
            "second_place": second_place_,
            "third_place": third_place_,
            "total": total_,
        }
