from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.shell_call_output_content import ShellCallOutputContent
    from ..models.shell_call_output_item_type import ShellCallOutputItemType
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class ShellCallOutputItem(LazyModel):
    """Output from a shell command execution (newer variant)

    Example:
        {'call_id': 'call-abc123', 'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout':
            'total 0\\n'}], 'status': 'completed', 'type': 'shell_call_output'}

    Attributes:
        call_id (str):
        output (list[ShellCallOutputContent]):
        type (ShellCallOutputItemType):
        id (str | None):
        max_output_length (int | None):
        status (ToolCallStatus | None):
    """

    call_id: str
    output: list[ShellCallOutputContent]
    type: ShellCallOutputItemType
    id: str | None = ABSENT
    max_output_length: int | None = ABSENT
    status: ToolCallStatus | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("output", "output"),
        ("type", "type"),
        ("id", "id"),
        ("max_output_length", "max_output_length"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "call_id",
            "output",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "output",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "shell_call_output"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.shell_call_output_content import ShellCallOutputContent
        from ..models.shell_call_output_item_type import ShellCallOutputItemType
        from ..models.tool_call_status import ToolCallStatus

        def output_(raw__: Any) -> Any:
            output = []
            _output = raw__
            for output_item_data in _output:
                output_item = ShellCallOutputContent.from_dict(output_item_data)

                output.append(output_item)

            return output

        def type_(raw__: Any) -> Any:
            type = ShellCallOutputItemType(raw__)

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
            "output": output_,
            "type": type_,
            "status": status_,
        }
