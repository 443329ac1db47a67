from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.debug_event_debug_echo_upstream_body import (
        DebugEventDebugEchoUpstreamBody,
    )
    from ..models.debug_event_debug_timings import DebugEventDebugTimings


@_attrs_define(slots=False, repr=False)
class DebugEventDebug(LazyModel):
    """
    Attributes:
        echo_upstream_body (DebugEventDebugEchoUpstreamBody | None):
        timings (DebugEventDebugTimings | None):
    """

    echo_upstream_body: DebugEventDebugEchoUpstreamBody | None = ABSENT
    timings: DebugEventDebugTimings | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("echo_upstream_body", "echo_upstream_body"),
        ("timings", "timings"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.debug_event_debug_echo_upstream_body import (
            DebugEventDebugEchoUpstreamBody,
        )
        from ..models.debug_event_debug_timings import DebugEventDebugTimings

        def echo_upstream_body_(raw__: Any) -> Any:
            echo_upstream_body = DebugEventDebugEchoUpstreamBody.from_dict(raw__)

            return echo_upstream_body

        def timings_(raw__: Any) -> Any:
            timings = DebugEventDebugTimings.from_dict(raw__)

            return timings

        return {
            "echo_upstream_body": echo_upstream_body_,
            "timings": timings_,
        }
