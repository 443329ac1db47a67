from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class AABenchmarkEntry(LazyModel):
    """Artificial Analysis benchmark index scores.

    Example:
        {'agentic_index': 55.8, 'coding_index': 63.2, 'intelligence_index': 71.4}

    Attributes:
        agentic_index (float | None): Artificial Analysis Agentic Index score Example: 55.8.
        coding_index (float | None): Artificial Analysis Coding Index score Example: 63.2.
        intelligence_index (float | None): Artificial Analysis Intelligence Index score Example: 71.4.
    """

    agentic_index: float | None
    coding_index: float | None
    intelligence_index: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("agentic_index", "agentic_index"),
        ("coding_index", "coding_index"),
        ("intelligence_index", "intelligence_index"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "agentic_index",
            "coding_index",
            "intelligence_index",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
