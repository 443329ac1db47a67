from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class RankingsDailyItem(LazyModel):
    """
    Example:
        {'date': '2026-05-11', 'model_permaslug': 'openai/gpt-4o-2024-05-13', 'total_tokens': '12345678'}

    Attributes:
        date (str): UTC calendar date the row is aggregated over (YYYY-MM-DD). Example: 2026-05-11.
        model_permaslug (str): Model variant permaslug (e.g. `openai/gpt-4o-2024-05-13`,
            `openai/gpt-4o-2024-05-13:free`). Non-default variants include a `:variant` suffix and are ranked as their own
            entry. The reserved value `other` denotes the aggregated row covering every model outside the daily top 50 for
            that date — always sorted last within its date. Example: openai/gpt-4o-2024-05-13.
        total_tokens (str): Sum of `prompt_tokens + completion_tokens` for the day, returned as a decimal string so
            64-bit values are not truncated. Example: 12345678.
    """

    date: str
    model_permaslug: str
    total_tokens: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("date", "date"),
        ("model_permaslug", "model_permaslug"),
        ("total_tokens", "total_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "date",
            "model_permaslug",
            "total_tokens",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
