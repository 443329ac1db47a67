from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.list_endpoints_response import ListEndpointsResponse


@_attrs_define(slots=False, repr=False)
class ListEndpointsResponseBody(LazyModel):
    """
    Example:
        {'data': {'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'created': 1692901234, 'description': 'GPT-4 is a large
            multimodal model that can solve difficult problems with greater accuracy.', 'endpoints': [{'context_length':
            8192, 'latency_last_30m': {'p50': 0.25, 'p75': 0.35, 'p90': 0.48, 'p99': 0.85}, 'max_completion_tokens': 4096,
            'max_prompt_tokens': 8192, 'model_id': 'openai/gpt-4', 'model_name': 'GPT-4', 'name': 'OpenAI: GPT-4',
            'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request': '0'}, 'provider_name':
            'OpenAI', 'quantization': 'fp16', 'status': 0, 'supported_parameters': ['temperature', 'top_p', 'max_tokens'],
            'supports_implicit_caching': True, 'tag': 'openai', 'throughput_last_30m': {'p50': 45.2, 'p75': 38.5, 'p90':
            28.3, 'p99': 15.1}, 'uptime_last_1d': 99.8, 'uptime_last_30m': 99.5, 'uptime_last_5m': 100}], 'id':
            'openai/gpt-4', 'name': 'GPT-4'}}

    Attributes:
        data (ListEndpointsResponse): List of available endpoints for a model Example: {'architecture':
            {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities':
            ['text'], 'tokenizer': 'GPT'}, 'created': 1692901234, 'description': 'GPT-4 is a large multimodal model that can
            solve difficult problems with greater accuracy.', 'endpoints': [{'context_length': 8192, 'latency_last_30m':
            {'p50': 0.25, 'p75': 0.35, 'p90': 0.48, 'p99': 0.85}, 'max_completion_tokens': 4096, 'max_prompt_tokens': 8192,
            'model_id': 'openai/gpt-4', 'model_name': 'GPT-4', 'name': 'OpenAI: GPT-4', 'pricing': {'completion': '0.00006',
            'image': '0', 'prompt': '0.00003', 'request': '0'}, 'provider_name': 'OpenAI', 'quantization': 'fp16', 'status':
            0, 'supported_parameters': ['temperature', 'top_p', 'max_tokens', 'frequency_penalty', 'presence_penalty'],
            'supports_implicit_caching': True, 'tag': 'openai', 'throughput_last_30m': {'p50': 45.2, 'p75': 38.5, 'p90':
            28.3, 'p99': 15.1}, 'uptime_last_1d': 99.8, 'uptime_last_30m': 99.5, 'uptime_last_5m': 100}], 'id':
            'openai/gpt-4', 'name': 'GPT-4'}.
    """

    data: ListEndpointsResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.list_endpoints_response import ListEndpointsResponse

        def data_(raw__: Any) -> Any:
            data = ListEndpointsResponse.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
