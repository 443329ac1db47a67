from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class PercentileLatencyCutoffs(LazyModel):
    """Percentile-based latency cutoffs. All specified cutoffs must be met for an endpoint to be preferred.

    Example:
        {'p50': 5, 'p90': 10}

    Attributes:
        p50 (float | None): Maximum p50 latency (seconds)
        p75 (float | None): Maximum p75 latency (seconds)
        p90 (float | None): Maximum p90 latency (seconds)
        p99 (float | None): Maximum p99 latency (seconds)
    """

    p50: float | None = ABSENT
    p75: float | None = ABSENT
    p90: float | None = ABSENT
    p99: float | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("p50", "p50"),
        ("p75", "p75"),
        ("p90", "p90"),
        ("p99", "p99"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
