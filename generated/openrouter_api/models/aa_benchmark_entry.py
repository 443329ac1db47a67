from __future__ import annotations

from typing import Any, ClassVar, cast

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

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def agentic_index_(raw__: Any) -> Any:
            def _parse_agentic_index(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            agentic_index = _parse_agentic_index(raw__)

            return agentic_index

        def coding_index_(raw__: Any) -> Any:
            def _parse_coding_index(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            coding_index = _parse_coding_index(raw__)

            return coding_index

        def intelligence_index_(raw__: Any) -> Any:
            def _parse_intelligence_index(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            intelligence_index = _parse_intelligence_index(raw__)

            return intelligence_index

        return {
            "agentic_index": agentic_index_,
            "coding_index": coding_index_,
            "intelligence_index": intelligence_index_,
        }
