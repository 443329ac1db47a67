from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_web_fetch_server_tool_item_type import (
        OutputWebFetchServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputWebFetchServerToolItem(LazyModel):
    """An openrouter:web_fetch server tool output item

    Example:
        {'httpStatus': 200, 'id': 'wf_tmp_abc123', 'status': 'completed', 'title': 'Example Domain', 'type':
            'openrouter:web_fetch', 'url': 'https://example.com'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputWebFetchServerToolItemType):
        content (str | None):
        error (str | None): The error message if the fetch failed.
        http_status (int | None): The HTTP status code returned by the upstream URL fetch.
        id (str | None):
        title (str | None):
        url (str | None):
    """

    status: ToolCallStatus
    type: OutputWebFetchServerToolItemType
    content: str | None = ABSENT
    error: str | None = ABSENT
    http_status: int | None = ABSENT
    id: str | None = ABSENT
    title: str | None = ABSENT
    url: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("content", "content"),
        ("error", "error"),
        ("http_status", "httpStatus"),
        ("id", "id"),
        ("title", "title"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:web_fetch"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_web_fetch_server_tool_item_type import (
            OutputWebFetchServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputWebFetchServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
