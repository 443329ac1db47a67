from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.debug_event_debug import DebugEventDebug
    from ..models.debug_event_type import DebugEventType


@_attrs_define(slots=False, repr=False)
class DebugEvent(LazyModel):
    """Debug event emitted when debug.echo_upstream_body is true. Contains the transformed upstream request body or timing
    milestones.

        Example:
            {'debug': {'echo_upstream_body': {'messages': [], 'model': 'anthropic/claude-sonnet-4'}}, 'sequence_number': 1,
                'type': 'response.debug'}

        Attributes:
            debug (DebugEventDebug):
            sequence_number (int):
            type (DebugEventType):
    """

    debug: DebugEventDebug
    sequence_number: int
    type: DebugEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("debug", "debug"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "debug",
            "sequence_number",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "debug",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "response.debug"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.debug_event_debug import DebugEventDebug
        from ..models.debug_event_type import DebugEventType

        def debug_(raw__: Any) -> Any:
            debug = DebugEventDebug.from_dict(raw__)

            return debug

        def type_(raw__: Any) -> Any:
            type = DebugEventType(raw__)

            return type

        return {
            "debug": debug_,
            "type": type_,
        }
