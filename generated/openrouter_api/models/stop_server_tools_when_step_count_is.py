from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.stop_server_tools_when_step_count_is_type import (
        StopServerToolsWhenStepCountIsType,
    )


@_attrs_define(slots=False, repr=False)
class StopServerToolsWhenStepCountIs(LazyModel):
    """Stop after the agent loop has executed this many steps.

    Example:
        {'step_count': 5, 'type': 'step_count_is'}

    Attributes:
        step_count (int):
        type (StopServerToolsWhenStepCountIsType):
    """

    step_count: int
    type: StopServerToolsWhenStepCountIsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("step_count", "step_count"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "step_count",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "step_count_is"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.stop_server_tools_when_step_count_is_type import (
            StopServerToolsWhenStepCountIsType,
        )

        def type_(raw__: Any) -> Any:
            type = StopServerToolsWhenStepCountIsType(raw__)

            return type

        return {
            "type": type_,
        }
