from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.stop_server_tools_when_max_cost_type import (
        StopServerToolsWhenMaxCostType,
    )


@_attrs_define(slots=False, repr=False)
class StopServerToolsWhenMaxCost(LazyModel):
    """Stop once cumulative cost across the loop exceeds this dollar threshold.

    Example:
        {'max_cost_in_dollars': 0.5, 'type': 'max_cost'}

    Attributes:
        max_cost_in_dollars (float):
        type (StopServerToolsWhenMaxCostType):
    """

    max_cost_in_dollars: float
    type: StopServerToolsWhenMaxCostType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_cost_in_dollars", "max_cost_in_dollars"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "max_cost_in_dollars",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "max_cost"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.stop_server_tools_when_max_cost_type import (
            StopServerToolsWhenMaxCostType,
        )

        def type_(raw__: Any) -> Any:
            type = StopServerToolsWhenMaxCostType(raw__)

            return type

        return {
            "type": type_,
        }
