from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.endpoint_status import EndpointStatus
    from ..models.parameter import Parameter
    from ..models.percentile_stats import PercentileStats
    from ..models.provider_name import ProviderName
    from ..models.public_endpoint_pricing import PublicEndpointPricing
    from ..models.quantization import Quantization


@_attrs_define(slots=False, repr=False)
class PublicEndpoint(LazyModel):
    """Information about a specific model endpoint

    Example:
        {'context_length': 8192, 'latency_last_30m': {'p50': 0.25, 'p75': 0.35, 'p90': 0.48, 'p99': 0.85},
            'max_completion_tokens': 4096, 'max_prompt_tokens': 8192, 'model_id': 'openai/gpt-4', 'model_name': 'GPT-4',
            'name': 'OpenAI: GPT-4', 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'provider_name': 'OpenAI', 'quantization': 'fp16', 'status': 0, 'supported_parameters': ['temperature',
            'top_p', 'max_tokens'], 'supports_implicit_caching': True, 'supports_voice_cloning': False, 'tag': 'openai',
            'throughput_last_30m': {'p50': 45.2, 'p75': 38.5, 'p90': 28.3, 'p99': 15.1}, 'uptime_last_1d': 99.8,
            'uptime_last_30m': 99.5, 'uptime_last_5m': 100}

    Attributes:
        context_length (int):
        latency_last_30m (PercentileStats | None):
        max_completion_tokens (int | None):
        max_prompt_tokens (int | None):
        model_id (str): The unique identifier for the model (permaslug) Example: openai/gpt-4.
        model_name (str):
        name (str):
        pricing (PublicEndpointPricing):
        provider_name (ProviderName):  Example: OpenAI.
        quantization (Quantization | None):
        supported_parameters (list[Parameter]):
        supports_implicit_caching (bool):
        tag (str):
        throughput_last_30m (PercentileStats | None): Throughput percentiles in tokens per second over the last 30
            minutes. Throughput measures output token generation speed. Only visible when authenticated with an API key or
            cookie; returns null for unauthenticated requests.
        uptime_last_1d (float | None): Uptime percentage over the last 1 day, calculated as successful requests /
            (successful + error requests) * 100. Rate-limited requests are excluded. Returns null if insufficient data.
        uptime_last_30m (float | None):
        uptime_last_5m (float | None): Uptime percentage over the last 5 minutes, calculated as successful requests /
            (successful + error requests) * 100. Rate-limited requests are excluded. Returns null if insufficient data.
        status (EndpointStatus | None):  Example: 0.
        supports_voice_cloning (bool | None): Whether this TTS endpoint accepts inline reference audio
            (`input_references`) for stateless voice cloning. Requests carrying reference audio are only routed to endpoints
            where this is true. Default: False.
    """

    context_length: int
    latency_last_30m: PercentileStats | None
    max_completion_tokens: int | None
    max_prompt_tokens: int | None
    model_id: str
    model_name: str
    name: str
    pricing: PublicEndpointPricing
    provider_name: ProviderName
    quantization: Quantization | None
    supported_parameters: list[Parameter]
    supports_implicit_caching: bool
    tag: str
    throughput_last_30m: PercentileStats | None
    uptime_last_1d: float | None
    uptime_last_30m: float | None
    uptime_last_5m: float | None
    status: EndpointStatus | None = ABSENT
    supports_voice_cloning: bool | None = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("context_length", "context_length"),
        ("latency_last_30m", "latency_last_30m"),
        ("max_completion_tokens", "max_completion_tokens"),
        ("max_prompt_tokens", "max_prompt_tokens"),
        ("model_id", "model_id"),
        ("model_name", "model_name"),
        ("name", "name"),
        ("pricing", "pricing"),
        ("provider_name", "provider_name"),
        ("quantization", "quantization"),
        ("supported_parameters", "supported_parameters"),
        ("supports_implicit_caching", "supports_implicit_caching"),
        ("tag", "tag"),
        ("throughput_last_30m", "throughput_last_30m"),
        ("uptime_last_1d", "uptime_last_1d"),
        ("uptime_last_30m", "uptime_last_30m"),
        ("uptime_last_5m", "uptime_last_5m"),
        ("status", "status"),
        ("supports_voice_cloning", "supports_voice_cloning"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "context_length",
            "latency_last_30m",
            "max_completion_tokens",
            "max_prompt_tokens",
            "model_id",
            "model_name",
            "name",
            "pricing",
            "provider_name",
            "quantization",
            "supported_parameters",
            "supports_implicit_caching",
            "tag",
            "throughput_last_30m",
            "uptime_last_1d",
            "uptime_last_30m",
            "uptime_last_5m",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "pricing",
            "supported_parameters",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.endpoint_status import EndpointStatus
        from ..models.parameter import Parameter
        from ..models.percentile_stats import PercentileStats
        from ..models.provider_name import ProviderName
        from ..models.public_endpoint_pricing import PublicEndpointPricing
        from ..models.quantization import Quantization

        def latency_last_30m_(raw__: Any) -> Any:
            def _parse_latency_last_30m(data: object) -> None | PercentileStats:
                if data is None:
                    return data
                if PercentileStats.accepts(data):
                    latency_last_30m_type_0 = PercentileStats.from_dict(data)

                    return latency_last_30m_type_0
                if PercentileStats.discriminated_by(data):
                    return PercentileStats.from_dict(data)
                return cast(None | PercentileStats, data)

            latency_last_30m = _parse_latency_last_30m(raw__)

            return latency_last_30m

        def pricing_(raw__: Any) -> Any:
            pricing = PublicEndpointPricing.from_dict(raw__)

            return pricing

        def provider_name_(raw__: Any) -> Any:
            provider_name = ProviderName(raw__)

            return provider_name

        def quantization_(raw__: Any) -> Any:
            def _parse_quantization(data: object) -> None | Quantization:
                if data is None:
                    return data
                if Quantization.is_declared(data):
                    quantization_type_0 = Quantization(data)

                    return quantization_type_0
                if isinstance(data, str):
                    return Quantization(data)
                return cast(None | Quantization, data)

            quantization = _parse_quantization(raw__)

            return quantization

        def supported_parameters_(raw__: Any) -> Any:
            supported_parameters = []
            _supported_parameters = raw__
            for supported_parameters_item_data in _supported_parameters:
                supported_parameters_item = Parameter(supported_parameters_item_data)

                supported_parameters.append(supported_parameters_item)

            return supported_parameters

        def throughput_last_30m_(raw__: Any) -> Any:
            def _parse_throughput_last_30m(data: object) -> None | PercentileStats:
                if data is None:
                    return data
                if PercentileStats.accepts(data):
                    throughput_last_30m_type_0 = PercentileStats.from_dict(data)

                    return throughput_last_30m_type_0
                if PercentileStats.discriminated_by(data):
                    return PercentileStats.from_dict(data)
                return cast(None | PercentileStats, data)

            throughput_last_30m = _parse_throughput_last_30m(raw__)

            return throughput_last_30m

        def status_(raw__: Any) -> Any:
            status = EndpointStatus(raw__)

            return status

        return {
            "latency_last_30m": latency_last_30m_,
            "pricing": pricing_,
            "provider_name": provider_name_,
            "quantization": quantization_,
            "supported_parameters": supported_parameters_,
            "throughput_last_30m": throughput_last_30m_,
            "status": status_,
        }
