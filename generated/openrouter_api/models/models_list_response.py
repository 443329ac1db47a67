from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.model import Model
    from ..models.models_list_response_links import ModelsListResponseLinks


@_attrs_define(slots=False, repr=False)
class ModelsListResponse(LazyModel):
    """List of available models

    Example:
        {'data': [{'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'canonical_slug': 'openai/gpt-4', 'context_length': 8192,
            'created': 1692901234, 'default_parameters': None, 'description': 'GPT-4 is a large multimodal model that can
            solve difficult problems with greater accuracy.', 'expiration_date': None, 'id': 'openai/gpt-4',
            'knowledge_cutoff': None, 'links': {'details': '/api/v1/models/openai/gpt-4/endpoints'}, 'name': 'GPT-4',
            'per_request_limits': None, 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'supported_parameters': ['temperature', 'top_p', 'max_tokens', 'frequency_penalty', 'presence_penalty'],
            'supported_voices': None, 'top_provider': {'context_length': 8192, 'is_moderated': True,
            'max_completion_tokens': 4096}}], 'links': {'next': '/api/v1/models?offset=500&limit=500'}, 'total_count': 150}

    Attributes:
        data (list[Model]): List of available models Example: [{'architecture': {'input_modalities': ['text'],
            'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities': ['text'], 'tokenizer': 'GPT'},
            'canonical_slug': 'openai/gpt-4', 'context_length': 8192, 'created': 1692901234, 'default_parameters': None,
            'description': 'GPT-4 is a large multimodal model that can solve difficult problems with greater accuracy.',
            'expiration_date': None, 'id': 'openai/gpt-4', 'knowledge_cutoff': None, 'links': {'details':
            '/api/v1/models/openai/gpt-4/endpoints'}, 'name': 'GPT-4', 'per_request_limits': None, 'pricing': {'completion':
            '0.00006', 'image': '0', 'prompt': '0.00003', 'request': '0'}, 'supported_parameters': ['temperature', 'top_p',
            'max_tokens'], 'supported_voices': None, 'top_provider': {'context_length': 8192, 'is_moderated': True,
            'max_completion_tokens': 4096}}].
        links (ModelsListResponseLinks | None): Pagination links
        total_count (int | None): Total number of models matching the query Example: 150.
    """

    data: list[Model]
    links: ModelsListResponseLinks | None = ABSENT
    total_count: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("links", "links"),
        ("total_count", "total_count"),
    )
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

        from ..models.model import Model
        from ..models.models_list_response_links import ModelsListResponseLinks

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for componentsschemas_models_list_response_data_item_data in _data:
                componentsschemas_models_list_response_data_item = Model.from_dict(
                    componentsschemas_models_list_response_data_item_data
                )

                data.append(componentsschemas_models_list_response_data_item)

            return data

        def links_(raw__: Any) -> Any:
            links = ModelsListResponseLinks.from_dict(raw__)

            return links

        return {
            "data": data_,
            "links": links_,
        }
