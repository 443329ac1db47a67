from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_datetime_item_type import OutputDatetimeItemType
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputDatetimeItem(LazyModel):
    """An openrouter:datetime server tool output item

    Example:
        {'datetime': '2026-03-12T14:30:00.000Z', 'id': 'dt_tmp_abc123', 'status': 'completed', 'timezone': 'UTC',
            'type': 'openrouter:datetime'}

    Attributes:
        datetime_ (str): ISO 8601 datetime string
        status (ToolCallStatus):  Example: completed.
        timezone (str): IANA timezone name
        type (OutputDatetimeItemType):
        id (str | None):
    """

    datetime_: str
    status: ToolCallStatus
    timezone: str
    type: OutputDatetimeItemType
    id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("datetime_", "datetime"),
        ("status", "status"),
        ("timezone", "timezone"),
        ("type", "type"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "datetime",
            "status",
            "timezone",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:datetime"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_datetime_item_type import OutputDatetimeItemType
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputDatetimeItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
