from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_item_function_call_status import OutputItemFunctionCallStatus
    from ..models.output_item_function_call_type import OutputItemFunctionCallType


@_attrs_define(slots=False, repr=False)
class OutputItemFunctionCall(LazyModel):
    """
    Example:
        {'arguments': '{"location":"San Francisco","unit":"celsius"}', 'call_id': 'call-abc123', 'id': 'call-abc123',
            'name': 'get_weather', 'type': 'function_call'}

    Attributes:
        arguments (str):
        call_id (str):
        name (str):
        type (OutputItemFunctionCallType):
        id (str | None):
        namespace (str | None): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
            server)
        status (OutputItemFunctionCallStatus | None):
    """

    arguments: str
    call_id: str
    name: str
    type: OutputItemFunctionCallType
    id: str | None = ABSENT
    namespace: str | None = ABSENT
    status: OutputItemFunctionCallStatus | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("call_id", "call_id"),
        ("name", "name"),
        ("type", "type"),
        ("id", "id"),
        ("namespace", "namespace"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "arguments",
            "call_id",
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "function_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_item_function_call_status import (
            OutputItemFunctionCallStatus,
        )
        from ..models.output_item_function_call_type import OutputItemFunctionCallType

        def type_(raw__: Any) -> Any:
            type = OutputItemFunctionCallType(raw__)

            return type

        def status_(raw__: Any) -> Any:
            status = OutputItemFunctionCallStatus(raw__)

            return status

        return {
            "type": type_,
            "status": status_,
        }
