from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.endpoints_metadata import EndpointsMetadata
    from ..models.pipeline_stage import PipelineStage
    from ..models.router_attempt import RouterAttempt
    from ..models.router_params import RouterParams
    from ..models.routing_strategy import RoutingStrategy


@_attrs_define(slots=False, repr=False)
class OpenRouterMetadata(LazyModel):
    """
    Example:
        {'attempt': 1, 'endpoints': {'available': [{'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}],
            'total': 1}, 'is_byok': False, 'region': 'iad', 'requested': 'openai/gpt-4o', 'strategy': 'direct', 'summary':
            'available=1, selected=OpenAI'}

    Attributes:
        attempt (int):
        endpoints (EndpointsMetadata):  Example: {'available': [{'model': 'openai/gpt-4o', 'provider': 'OpenAI',
            'selected': True}], 'total': 3}.
        is_byok (bool):
        region (str | None):
        requested (str):
        strategy (RoutingStrategy):  Example: direct.
        summary (str):
        attempts (list[RouterAttempt] | None):
        params (RouterParams | None):  Example: {'version_group': 'anthropic/claude-sonnet-4'}.
        pipeline (list[PipelineStage] | None):
    """

    attempt: int
    endpoints: EndpointsMetadata
    is_byok: bool
    region: str | None
    requested: str
    strategy: RoutingStrategy
    summary: str
    attempts: list[RouterAttempt] | None = ABSENT
    params: RouterParams | None = ABSENT
    pipeline: list[PipelineStage] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("attempt", "attempt"),
        ("endpoints", "endpoints"),
        ("is_byok", "is_byok"),
        ("region", "region"),
        ("requested", "requested"),
        ("strategy", "strategy"),
        ("summary", "summary"),
        ("attempts", "attempts"),
        ("params", "params"),
        ("pipeline", "pipeline"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "attempt",
            "endpoints",
            "is_byok",
            "region",
            "requested",
            "strategy",
            "summary",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "endpoints",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.endpoints_metadata import EndpointsMetadata
        from ..models.pipeline_stage import PipelineStage
        from ..models.router_attempt import RouterAttempt
        from ..models.router_params import RouterParams
        from ..models.routing_strategy import RoutingStrategy

        def endpoints_(raw__: Any) -> Any:
            endpoints = EndpointsMetadata.from_dict(raw__)

            return endpoints

        def strategy_(raw__: Any) -> Any:
            strategy = RoutingStrategy(raw__)

            return strategy

        def attempts_(raw__: Any) -> Any:
            attempts = []
            _attempts = raw__
            for attempts_item_data in _attempts:
                attempts_item = RouterAttempt.from_dict(attempts_item_data)

                attempts.append(attempts_item)

            return attempts

        def params_(raw__: Any) -> Any:
            params = RouterParams.from_dict(raw__)

            return params

        def pipeline_(raw__: Any) -> Any:
            pipeline = []
            _pipeline = raw__
            for pipeline_item_data in _pipeline:
                pipeline_item = PipelineStage.from_dict(pipeline_item_data)

                pipeline.append(pipeline_item)

            return pipeline

        return {
            "endpoints": endpoints_,
            "strategy": strategy_,
            "attempts": attempts_,
            "params": params_,
            "pipeline": pipeline_,
        }
