from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.failable_tool_call_status import FailableToolCallStatus
    from ..models.output_subagent_server_tool_item_type import (
        OutputSubagentServerToolItemType,
    )


@_attrs_define(slots=False, repr=False)
class OutputSubagentServerToolItem(LazyModel):
    """An openrouter:subagent server tool output item

    Example:
        {'id': 'st_tmp_abc123', 'status': 'completed', 'type': 'openrouter:subagent'}

    Attributes:
        status (FailableToolCallStatus):  Example: completed.
        type (OutputSubagentServerToolItemType):
        call_id (str | None): EXPERIMENTAL — subject to change without notice. The `call_id` of the tool call that
            spawned this subagent. This id will also be included as the `subagent_id` on any `function_call` items created
            by the subagent. This must be returned in the request so the `function_call` can be matched with the correct
            subagent. A suspended `in_progress` item is announced once and never re-emitted or terminally closed —
            completion arrives as a new item with the same `call_id`.
        error (str | None): Error message when the subagent task did not produce an outcome. Set together with `status:
            'failed'` on the terminal item.
        id (str | None):
        instance_name (str | None): Provider-safe function name of the specific subagent instance that produced this
            item (e.g. `openrouter_subagent__1`). Present only on items from non-default instances — the second and later
            subagent entries in the request `tools` array. The first (default) instance omits it, even when multiple
            subagents are configured. When a replayed item echoes this field back, the transcript rehydrates the call under
            that instance's tool. This identity is positional: it is derived from the index of the subagent entry in the
            request `tools` array, so keep the order of subagent entries stable across requests in a conversation. Example:
            openrouter_subagent__1.
        model (str | None): Slug of the worker model that executed the task.
        name (str | None): Configured name of the subagent that executed the task (the `name` on its tool entry).
            Present only for named subagents; omitted for an unnamed (default) subagent. Example: summarizer.
        outcome (str | None): The worker model's result (the outcome text returned to the delegating model).
        task_description (str | None): The task description the delegating model sent to the worker.
        task_name (str | None): The short task identifier the delegating model supplied.
    """

    status: FailableToolCallStatus
    type: OutputSubagentServerToolItemType
    call_id: str | None = ABSENT
    error: str | None = ABSENT
    id: str | None = ABSENT
    instance_name: str | None = ABSENT
    model: str | None = ABSENT
    name: str | None = ABSENT
    outcome: str | None = ABSENT
    task_description: str | None = ABSENT
    task_name: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("call_id", "call_id"),
        ("error", "error"),
        ("id", "id"),
        ("instance_name", "instance_name"),
        ("model", "model"),
        ("name", "name"),
        ("outcome", "outcome"),
        ("task_description", "task_description"),
        ("task_name", "task_name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:subagent"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.failable_tool_call_status import FailableToolCallStatus
        from ..models.output_subagent_server_tool_item_type import (
            OutputSubagentServerToolItemType,
        )

        def status_(raw__: Any) -> Any:
            status = FailableToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputSubagentServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
