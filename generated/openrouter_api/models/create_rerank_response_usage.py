from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class CreateRerankResponseUsage(LazyModel):
    """Usage statistics

    Example:
        {'search_units': 1, 'total_tokens': 150}

    Attributes:
        cost (float | None): Cost of the request in credits Example: 0.001.
        search_units (int | None): Number of search units consumed (Cohere billing) Example: 1.
        total_tokens (int | None): Total number of tokens used Example: 150.
    """

    cost: float | None = ABSENT
    search_units: int | None = ABSENT
    total_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cost", "cost"),
        ("search_units", "search_units"),
        ("total_tokens", "total_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
