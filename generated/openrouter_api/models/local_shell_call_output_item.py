from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.local_shell_call_output_item_type import LocalShellCallOutputItemType
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class LocalShellCallOutputItem(LazyModel):
    """Output from a local shell command execution

    Example:
        {'id': 'output-abc123', 'output': 'total 24\\ndrwxr-xr-x  5 user  staff  160 Jan  1 12:00 .', 'status':
            'completed', 'type': 'local_shell_call_output'}

    Attributes:
        id (str):
        output (str):
        type (LocalShellCallOutputItemType):
        status (ToolCallStatus | None):
    """

    id: str
    output: str
    type: LocalShellCallOutputItemType
    status: ToolCallStatus | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("output", "output"),
        ("type", "type"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "output",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "local_shell_call_output"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.local_shell_call_output_item_type import (
            LocalShellCallOutputItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def type_(raw__: Any) -> Any:
            type = LocalShellCallOutputItemType(raw__)

            return type

        def status_(raw__: Any) -> Any:
            def _parse_status(data: object) -> None | ToolCallStatus:
                if data is None:
                    return data
                if ToolCallStatus.is_declared(data):
                    status_type_0 = ToolCallStatus(data)

                    return status_type_0
                if isinstance(data, str):
                    return ToolCallStatus(data)
                return cast(None | ToolCallStatus, data)

            status = _parse_status(raw__)

            return status

        return {
            "type": type_,
            "status": status_,
        }
