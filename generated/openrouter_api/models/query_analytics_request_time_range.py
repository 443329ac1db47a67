from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    import datetime


@_attrs_define(slots=False, repr=False)
class QueryAnalyticsRequestTimeRange(LazyModel):
    """
    Attributes:
        end (datetime.datetime):
        start (datetime.datetime):
    """

    end: datetime.datetime
    start: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("end", "end"),
        ("start", "start"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "end",
            "start",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        import datetime

        def end_(raw__: Any) -> Any:
            end = datetime.datetime.fromisoformat(raw__)

            return end

        def start_(raw__: Any) -> Any:
            start = datetime.datetime.fromisoformat(raw__)

            return start

        return {
            "end": end_,
            "start": start_,
        }
