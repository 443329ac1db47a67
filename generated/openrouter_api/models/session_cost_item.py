from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.session_cost_item_turn_range import SessionCostItemTurnRange


@_attrs_define(slots=False, repr=False)
class SessionCostItem(LazyModel):
    """
    Attributes:
        app_name (str): Published harness display label. Example: Hermes Agent.
        app_slug (str): Stable public slug of the harness. Example: hermes-agent.
        median_session_cost_usd (float): Median USD spend per sampled session. Example: 1.74.
        model_permaslug (str): Exact model permaslug. Example: anthropic/claude-4.8-opus.
        turn_range (SessionCostItemTurnRange): Inclusive session turn-count range. Example: 10-49-turns.
    """

    app_name: str
    app_slug: str
    median_session_cost_usd: float
    model_permaslug: str
    turn_range: SessionCostItemTurnRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("app_name", "app_name"),
        ("app_slug", "app_slug"),
        ("median_session_cost_usd", "median_session_cost_usd"),
        ("model_permaslug", "model_permaslug"),
        ("turn_range", "turn_range"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "app_name",
            "app_slug",
            "median_session_cost_usd",
            "model_permaslug",
            "turn_range",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.session_cost_item_turn_range import SessionCostItemTurnRange

        def turn_range_(raw__: Any) -> Any:
            turn_range = SessionCostItemTurnRange(raw__)

            return turn_range

        return {
            "turn_range": turn_range_,
        }
