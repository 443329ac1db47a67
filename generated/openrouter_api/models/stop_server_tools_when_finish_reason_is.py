from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.stop_server_tools_when_finish_reason_is_type import (
        StopServerToolsWhenFinishReasonIsType,
    )


@_attrs_define(slots=False, repr=False)
class StopServerToolsWhenFinishReasonIs(LazyModel):
    """Stop when the upstream model emits this finish reason (e.g. `length`).

    Example:
        {'reason': 'length', 'type': 'finish_reason_is'}

    Attributes:
        reason (str):
        type (StopServerToolsWhenFinishReasonIsType):
    """

    reason: str
    type: StopServerToolsWhenFinishReasonIsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("reason", "reason"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "finish_reason_is"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.stop_server_tools_when_finish_reason_is_type import (
            StopServerToolsWhenFinishReasonIsType,
        )

        def type_(raw__: Any) -> Any:
            type = StopServerToolsWhenFinishReasonIsType(raw__)

            return type

        return {
            "type": type_,
        }
