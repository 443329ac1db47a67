from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class GetCreditsResponseData(LazyModel):
    """
    Example:
        {'total_credits': 100.5, 'total_usage': 25.75}

    Attributes:
        total_credits (float): Total credits purchased Example: 100.5.
        total_usage (float): Total credits used Example: 25.75.
    """

    total_credits: float
    total_usage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("total_credits", "total_credits"),
        ("total_usage", "total_usage"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "total_credits",
            "total_usage",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
