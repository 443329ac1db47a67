from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_shell_call_output_item_type import (
        OutputShellCallOutputItemType,
    )
    from ..models.shell_call_output_content import ShellCallOutputContent
    from ..models.shell_call_status import ShellCallStatus


@_attrs_define(slots=False, repr=False)
class OutputShellCallOutputItem(LazyModel):
    """A native `shell_call_output` item matching OpenAI's Responses API shape. Carries per-command stdout, stderr, and the
    exit/timeout outcome.

        Example:
            {'call_id': 'call_abc123', 'id': 'sho_abc123', 'output': [{'outcome': {'exit_code': 0, 'type': 'exit'},
                'stderr': '', 'stdout': 'hello\\n'}], 'status': 'completed', 'type': 'shell_call_output'}

        Attributes:
            call_id (str):
            id (str):
            output (list[ShellCallOutputContent]):
            status (ShellCallStatus): Status of a shell call or its output. Example: completed.
            type (OutputShellCallOutputItemType):
            max_output_length (int | None):
    """

    call_id: str
    id: str
    output: list[ShellCallOutputContent]
    status: ShellCallStatus
    type: OutputShellCallOutputItemType
    max_output_length: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("id", "id"),
        ("output", "output"),
        ("status", "status"),
        ("type", "type"),
        ("max_output_length", "max_output_length"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "call_id",
            "id",
            "output",
            "status",
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

        from ..models.output_shell_call_output_item_type import (
            OutputShellCallOutputItemType,
        )
        from ..models.shell_call_output_content import ShellCallOutputContent
        from ..models.shell_call_status import ShellCallStatus

        def output_(raw__: Any) -> Any:
            output = []
            _output = raw__
            for output_item_data in _output:
                output_item = ShellCallOutputContent.from_dict(output_item_data)

                output.append(output_item)

            return output

        def status_(raw__: Any) -> Any:
            status = ShellCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputShellCallOutputItemType(raw__)

            return type

        return {
            "output": output_,
            "status": status_,
            "type": type_,
        }
