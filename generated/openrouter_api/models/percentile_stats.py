from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class PercentileStats(LazyModel):
    """Latency percentiles in milliseconds over the last 30 minutes. Latency measures time to first token. Only visible
    when authenticated with an API key or cookie; returns null for unauthenticated requests.

        Example:
            {'p50': 25.5, 'p75': 35.2, 'p90': 48.7, 'p99': 85.3}

        Attributes:
            p50 (float): Median (50th percentile) Example: 25.5.
            p75 (float): 75th percentile Example: 35.2.
            p90 (float): 90th percentile Example: 48.7.
            p99 (float): 99th percentile Example: 85.3.
    """

    p50: float
    p75: float
    p90: float
    p99: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("p50", "p50"),
        ("p75", "p75"),
        ("p90", "p90"),
        ("p99", "p99"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "p50",
            "p75",
            "p90",
            "p99",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
