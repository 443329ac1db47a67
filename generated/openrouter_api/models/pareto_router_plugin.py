from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.pareto_router_plugin_id import ParetoRouterPluginId
    from ..models.pareto_router_plugin_price_source import ParetoRouterPluginPriceSource


@_attrs_define(slots=False, repr=False)
class ParetoRouterPlugin(LazyModel):
    """
    Example:
        {'enabled': True, 'id': 'pareto-router', 'max_price': 5, 'price_source': 'prompt'}

    Attributes:
        id (ParetoRouterPluginId):
        enabled (bool | None): Set to false to disable the pareto-router plugin for this request. Defaults to true.
        max_price (float | None): Maximum input price in USD per million tokens. When set, quality-tier selection
            (min_coding_score) is bypassed: the router computes the Pareto frontier over the top coding models and routes to
            the best-scoring frontier model priced at or below this cap, falling back through cheaper frontier models, then
            non-frontier models. Enforced against the price source given by price_source. Returns 404 when no candidate
            satisfies the cap. Example: 5.
        min_coding_score (float | None): Minimum coding quality score between 0 and 1. Maps to internal quality tiers:
            >= 0.66 → high (top coding models), >= 0.33 → medium (strong modern flagships), < 0.33 → low (capable coders
            above the median). Omit to default to the highest tier (equivalent to >= 0.66). Not used when max_price is set
            (price-based selection takes over). Example: 0.8.
        price_source (ParetoRouterPluginPriceSource | None): Price source for the Pareto frontier cost axis and for
            enforcing max_price. "prompt" uses catalog list price (endpoint.pricing.prompt). "weighted_avg" uses traffic-
            weighted effective input price from ClickHouse, falling back to prompt price for models without traffic data.
            Defaults to "prompt".
    """

    id: ParetoRouterPluginId
    enabled: bool | None = ABSENT
    max_price: float | None = ABSENT
    min_coding_score: float | None = ABSENT
    price_source: ParetoRouterPluginPriceSource | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("enabled", "enabled"),
        ("max_price", "max_price"),
        ("min_coding_score", "min_coding_score"),
        ("price_source", "price_source"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("id", "pareto-router"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.pareto_router_plugin_id import ParetoRouterPluginId
        from ..models.pareto_router_plugin_price_source import (
            ParetoRouterPluginPriceSource,
        )

        def id_(raw__: Any) -> Any:
            id = ParetoRouterPluginId(raw__)

            return id

        def price_source_(raw__: Any) -> Any:
            price_source = ParetoRouterPluginPriceSource(raw__)

            return price_source

        return {
            "id": id_,
            "price_source": price_source_,
        }
