from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.list_endpoints_response_architecture import (
        ListEndpointsResponseArchitecture,
    )
    from ..models.public_endpoint import PublicEndpoint


@_attrs_define(slots=False, repr=False)
class ListEndpointsResponse(LazyModel):
    """List of available endpoints for a model

    Example:
        {'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'created': 1692901234, 'description': 'GPT-4 is a large
            multimodal model that can solve difficult problems with greater accuracy.', 'endpoints': [{'context_length':
            8192, 'latency_last_30m': {'p50': 0.25, 'p75': 0.35, 'p90': 0.48, 'p99': 0.85}, 'max_completion_tokens': 4096,
            'max_prompt_tokens': 8192, 'model_id': 'openai/gpt-4', 'model_name': 'GPT-4', 'name': 'OpenAI: GPT-4',
            'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request': '0'}, 'provider_name':
            'OpenAI', 'quantization': 'fp16', 'status': 0, 'supported_parameters': ['temperature', 'top_p', 'max_tokens',
            'frequency_penalty', 'presence_penalty'], 'supports_implicit_caching': True, 'tag': 'openai',
            'throughput_last_30m': {'p50': 45.2, 'p75': 38.5, 'p90': 28.3, 'p99': 15.1}, 'uptime_last_1d': 99.8,
            'uptime_last_30m': 99.5, 'uptime_last_5m': 100}], 'id': 'openai/gpt-4', 'name': 'GPT-4'}

    Attributes:
        architecture (ListEndpointsResponseArchitecture):
        created (int): Unix timestamp of when the model was created Example: 1692901234.
        description (str): Description of the model Example: GPT-4 is a large multimodal model that can solve difficult
            problems with greater accuracy..
        endpoints (list[PublicEndpoint]): List of available endpoints for this model
        id (str): Unique identifier for the model Example: openai/gpt-4.
        name (str): Display name of the model Example: GPT-4.
    """

    architecture: ListEndpointsResponseArchitecture
    created: int
    description: str
    endpoints: list[PublicEndpoint]
    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("architecture", "architecture"),
        ("created", "created"),
        ("description", "description"),
        ("endpoints", "endpoints"),
        ("id", "id"),
        ("name", "name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "architecture",
            "created",
            "description",
            "endpoints",
            "id",
            "name",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "architecture",
            "endpoints",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.list_endpoints_response_architecture import (
            ListEndpointsResponseArchitecture,
        )
        from ..models.public_endpoint import PublicEndpoint

        def architecture_(raw__: Any) -> Any:
            architecture = ListEndpointsResponseArchitecture.from_dict(raw__)

            return architecture

        def endpoints_(raw__: Any) -> Any:
            endpoints = []
            _endpoints = raw__
            for endpoints_item_data in _endpoints:
                endpoints_item = PublicEndpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

            return endpoints

        return {
            "architecture": architecture_,
            "endpoints": endpoints_,
        }
