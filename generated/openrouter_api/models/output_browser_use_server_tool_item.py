from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_browser_use_server_tool_item_type import (
        OutputBrowserUseServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputBrowserUseServerToolItem(LazyModel):
    """An openrouter:browser_use server tool output item

    Example:
        {'action': 'screenshot', 'id': 'bu_tmp_abc123', 'status': 'completed', 'type': 'openrouter:browser_use'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputBrowserUseServerToolItemType):
        action (str | None):
        id (str | None):
        screenshot_b64 (str | None):
    """

    status: ToolCallStatus
    type: OutputBrowserUseServerToolItemType
    action: str | None = ABSENT
    id: str | None = ABSENT
    screenshot_b64: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("action", "action"),
        ("id", "id"),
        ("screenshot_b64", "screenshotB64"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:browser_use"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_browser_use_server_tool_item_type import (
            OutputBrowserUseServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputBrowserUseServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
