from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_computer_call_item_pending_safety_checks_item import (
        OutputComputerCallItemPendingSafetyChecksItem,
    )
    from ..models.output_computer_call_item_status import OutputComputerCallItemStatus
    from ..models.output_computer_call_item_type import OutputComputerCallItemType


@_attrs_define(slots=False, repr=False)
class OutputComputerCallItem(LazyModel):
    """
    Example:
        {'action': {'type': 'screenshot'}, 'call_id': 'call-abc123', 'id': 'cu-abc123', 'pending_safety_checks': [],
            'status': 'completed', 'type': 'computer_call'}

    Attributes:
        call_id (str):
        pending_safety_checks (list[OutputComputerCallItemPendingSafetyChecksItem]):
        status (OutputComputerCallItemStatus):
        type (OutputComputerCallItemType):
        action (Any | None):
        id (str | None):
    """

    call_id: str
    pending_safety_checks: list[OutputComputerCallItemPendingSafetyChecksItem]
    status: OutputComputerCallItemStatus
    type: OutputComputerCallItemType
    action: Any | None = ABSENT
    id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("pending_safety_checks", "pending_safety_checks"),
        ("status", "status"),
        ("type", "type"),
        ("action", "action"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "call_id",
            "pending_safety_checks",
            "status",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "pending_safety_checks",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "computer_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_computer_call_item_pending_safety_checks_item import (
            OutputComputerCallItemPendingSafetyChecksItem,
        )
        from ..models.output_computer_call_item_status import (
            OutputComputerCallItemStatus,
        )
        from ..models.output_computer_call_item_type import OutputComputerCallItemType

        def pending_safety_checks_(raw__: Any) -> Any:
            pending_safety_checks = []
            _pending_safety_checks = raw__
            for pending_safety_checks_item_data in _pending_safety_checks:
                pending_safety_checks_item = (
                    OutputComputerCallItemPendingSafetyChecksItem.from_dict(
                        pending_safety_checks_item_data
                    )
                )

                pending_safety_checks.append(pending_safety_checks_item)

            return pending_safety_checks

        def status_(raw__: Any) -> Any:
            status = OutputComputerCallItemStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputComputerCallItemType(raw__)

            return type

        return {
            "pending_safety_checks": pending_safety_checks_,
            "status": status_,
            "type": type_,
        }
