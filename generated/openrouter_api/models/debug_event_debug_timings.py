from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.debug_event_debug_timings_event import DebugEventDebugTimingsEvent


@_attrs_define(slots=False, repr=False)
class DebugEventDebugTimings(LazyModel):
    """
    Attributes:
        epoch_ms (int):
        event (DebugEventDebugTimingsEvent):
        start_ms (int):
    """

    epoch_ms: int
    event: DebugEventDebugTimingsEvent
    start_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("epoch_ms", "epoch_ms"),
        ("event", "event"),
        ("start_ms", "start_ms"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "epoch_ms",
            "event",
            "start_ms",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.debug_event_debug_timings_event import DebugEventDebugTimingsEvent

        def event_(raw__: Any) -> Any:
            event = DebugEventDebugTimingsEvent(raw__)

            return event

        return {
            "event": event_,
        }
