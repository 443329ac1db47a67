from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.failable_tool_call_status import FailableToolCallStatus
    from ..models.output_advisor_server_tool_item_type import (
        OutputAdvisorServerToolItemType,
    )


@_attrs_define(slots=False, repr=False)
class OutputAdvisorServerToolItem(LazyModel):
    """An openrouter:advisor server tool output item

    Example:
        {'id': 'st_tmp_abc123', 'status': 'completed', 'type': 'openrouter:advisor'}

    Attributes:
        status (FailableToolCallStatus):  Example: completed.
        type (OutputAdvisorServerToolItemType):
        advice (str | None): The advisor model's response (the advice text returned to the executor).
        error (str | None): Error message when the advisor call did not produce advice. Set together with `status:
            'failed'` on the terminal item.
        id (str | None):
        instance_name (str | None): Provider-safe function name of the specific advisor instance that produced this item
            (e.g. `openrouter_advisor__1`). Present only when more than one advisor tool is configured; omitted for the
            default single advisor. Echo this field back unchanged so the advisor's cross-request memory stays namespaced to
            the correct instance. This identity is positional: it is derived from the index of the advisor entry in the
            request `tools` array, so clients must keep the order of advisor tool entries stable across requests in a
            conversation. Reordering or inserting advisor entries shifts these names and causes each advisor's cross-request
            memory to be attributed to the wrong instance. Example: openrouter_advisor__1.
        model (str | None): Slug of the advisor model that was consulted.
        prompt (str | None): The prompt the executor sent to the advisor.
    """

    status: FailableToolCallStatus
    type: OutputAdvisorServerToolItemType
    advice: str | None = ABSENT
    error: str | None = ABSENT
    id: str | None = ABSENT
    instance_name: str | None = ABSENT
    model: str | None = ABSENT
    prompt: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("advice", "advice"),
        ("error", "error"),
        ("id", "id"),
        ("instance_name", "instance_name"),
        ("model", "model"),
        ("prompt", "prompt"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:advisor"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.failable_tool_call_status import FailableToolCallStatus
        from ..models.output_advisor_server_tool_item_type import (
            OutputAdvisorServerToolItemType,
        )

        def status_(raw__: Any) -> Any:
            status = FailableToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputAdvisorServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
