from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.default_parameters import DefaultParameters
    from ..models.model_alias_target import ModelAliasTarget
    from ..models.model_architecture import ModelArchitecture
    from ..models.model_benchmarks import ModelBenchmarks
    from ..models.model_links import ModelLinks
    from ..models.model_reasoning import ModelReasoning
    from ..models.parameter import Parameter
    from ..models.per_request_limits import PerRequestLimits
    from ..models.public_pricing import PublicPricing
    from ..models.top_provider_info import TopProviderInfo


@_attrs_define(slots=False, repr=False)
class Model(LazyModel):
    """Information about an AI model available on OpenRouter

    Example:
        {'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'canonical_slug': 'openai/gpt-4', 'context_length': 8192,
            'created': 1692901234, 'default_parameters': None, 'description': 'GPT-4 is a large multimodal model that can
            solve difficult problems with greater accuracy.', 'expiration_date': None, 'id': 'openai/gpt-4',
            'knowledge_cutoff': None, 'links': {'details': '/api/v1/models/openai/gpt-5.4/endpoints'}, 'name': 'GPT-4',
            'per_request_limits': None, 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'reasoning': {'default_effort': 'medium', 'default_enabled': True, 'mandatory': False,
            'supported_efforts': ['high', 'medium', 'low', 'minimal']}, 'supported_parameters': ['temperature', 'top_p',
            'max_tokens'], 'supported_voices': None, 'top_provider': {'context_length': 8192, 'is_moderated': True,
            'max_completion_tokens': 4096}}

    Attributes:
        architecture (ModelArchitecture): Model architecture information Example: {'input_modalities': ['text'],
            'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities': ['text'], 'tokenizer': 'GPT'}.
        canonical_slug (str): Canonical slug for the model Example: openai/gpt-4.
        context_length (int | None): Maximum context length in tokens Example: 8192.
        created (int): Unix timestamp of when the model was created Example: 1692901234.
        default_parameters (DefaultParameters | None):
        id (str): Unique identifier for the model Example: openai/gpt-4.
        links (ModelLinks): Related API endpoints and resources for this model. Example: {'details':
            '/api/v1/models/openai/gpt-5.4/endpoints'}.
        name (str): Display name of the model Example: GPT-4.
        per_request_limits (PerRequestLimits | None):
        pricing (PublicPricing): Pricing information for the model Example: {'completion': '0.00006', 'image': '0',
            'prompt': '0.00003', 'request': '0'}.
        supported_parameters (list[Parameter]): List of supported parameters for this model
        supported_voices (list[str] | None): List of supported voice identifiers for TTS models. Null for non-TTS
            models.
        top_provider (TopProviderInfo): Information about the top provider for this model Example: {'context_length':
            8192, 'is_moderated': True, 'max_completion_tokens': 4096}.
        alias_target (ModelAliasTarget | None): Concrete model targeted by this tilde-latest alias, when applicable
            Example: {'name': 'Claude Sonnet 4.5', 'slug': 'anthropic/claude-sonnet-4.5'}.
        benchmarks (ModelBenchmarks | None): Third-party benchmark rankings for this model. Omitted when no benchmark
            data is available. Example: {'artificial_analysis': {'agentic_index': 55.8, 'coding_index': 63.2,
            'intelligence_index': 71.4}, 'design_arena': [{'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank':
            5, 'win_rate': 62.5}]}.
        description (str | None): Description of the model Example: GPT-4 is a large multimodal model that can solve
            difficult problems with greater accuracy..
        expiration_date (str | None): The date after which the model may be removed. ISO 8601 date string (YYYY-MM-DD)
            or null if no expiration. Example: 2025-06-01.
        hugging_face_id (str | None): Hugging Face model identifier, if applicable Example: microsoft/DialoGPT-medium.
        knowledge_cutoff (str | None): The date up to which the model was trained on data. ISO 8601 date string (YYYY-
            MM-DD) or null if unknown. Example: 2024-10-01.
        reasoning (ModelReasoning | None): Reasoning effort configuration. Omitted for non-reasoning models and dynamic
            router models. Example: {'default_effort': 'medium', 'default_enabled': True, 'mandatory': False,
            'supported_efforts': ['high', 'medium', 'low', 'minimal']}.
    """

    architecture: ModelArchitecture
    canonical_slug: str
    context_length: int | None
    created: int
    default_parameters: DefaultParameters | None
    id: str
    links: ModelLinks
    name: str
    per_request_limits: PerRequestLimits | None
    pricing: PublicPricing
    supported_parameters: list[Parameter]
    supported_voices: list[str] | None
    top_provider: TopProviderInfo
    alias_target: ModelAliasTarget | None = ABSENT
    benchmarks: ModelBenchmarks | None = ABSENT
    description: str | None = ABSENT
    expiration_date: str | None = ABSENT
    hugging_face_id: str | None = ABSENT
    knowledge_cutoff: str | None = ABSENT
    reasoning: ModelReasoning | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("architecture", "architecture"),
        ("canonical_slug", "canonical_slug"),
        ("context_length", "context_length"),
        ("created", "created"),
        ("default_parameters", "default_parameters"),
        ("id", "id"),
        ("links", "links"),
        ("name", "name"),
        ("per_request_limits", "per_request_limits"),
        ("pricing", "pricing"),
        ("supported_parameters", "supported_parameters"),
        ("supported_voices", "supported_voices"),
        ("top_provider", "top_provider"),
        ("alias_target", "alias_target"),
        ("benchmarks", "benchmarks"),
        ("description", "description"),
        ("expiration_date", "expiration_date"),
        ("hugging_face_id", "hugging_face_id"),
        ("knowledge_cutoff", "knowledge_cutoff"),
        ("reasoning", "reasoning"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "architecture",
            "canonical_slug",
            "context_length",
            "created",
            "default_parameters",
            "id",
            "links",
            "name",
            "per_request_limits",
            "pricing",
            "supported_parameters",
            "supported_voices",
            "top_provider",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "architecture",
            "links",
            "pricing",
            "supported_parameters",
            "top_provider",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.default_parameters import DefaultParameters
        from ..models.model_alias_target import ModelAliasTarget
        from ..models.model_architecture import ModelArchitecture
        from ..models.model_benchmarks import ModelBenchmarks
        from ..models.model_links import ModelLinks
        from ..models.model_reasoning import ModelReasoning
        from ..models.parameter import Parameter
        from ..models.per_request_limits import PerRequestLimits
        from ..models.public_pricing import PublicPricing
        from ..models.top_provider_info import TopProviderInfo

        def architecture_(raw__: Any) -> Any:
            architecture = ModelArchitecture.from_dict(raw__)

            return architecture

        def default_parameters_(raw__: Any) -> Any:
            def _parse_default_parameters(data: object) -> DefaultParameters | None:
                if data is None:
                    return data
                if DefaultParameters.accepts(data):
                    default_parameters_type_0 = DefaultParameters.from_dict(data)

                    return default_parameters_type_0
                if DefaultParameters.discriminated_by(data):
                    return DefaultParameters.from_dict(data)
                return cast(DefaultParameters | None, data)

            default_parameters = _parse_default_parameters(raw__)

            return default_parameters

        def links_(raw__: Any) -> Any:
            links = ModelLinks.from_dict(raw__)

            return links

        def per_request_limits_(raw__: Any) -> Any:
            def _parse_per_request_limits(data: object) -> None | PerRequestLimits:
                if data is None:
                    return data
                if PerRequestLimits.accepts(data):
                    per_request_limits_type_0 = PerRequestLimits.from_dict(data)

                    return per_request_limits_type_0
                if PerRequestLimits.discriminated_by(data):
                    return PerRequestLimits.from_dict(data)
                return cast(None | PerRequestLimits, data)

            per_request_limits = _parse_per_request_limits(raw__)

            return per_request_limits

        def pricing_(raw__: Any) -> Any:
            pricing = PublicPricing.from_dict(raw__)

            return pricing

        def supported_parameters_(raw__: Any) -> Any:
            supported_parameters = []
            _supported_parameters = raw__
            for supported_parameters_item_data in _supported_parameters:
                supported_parameters_item = Parameter(supported_parameters_item_data)

                supported_parameters.append(supported_parameters_item)

            return supported_parameters

        def supported_voices_(raw__: Any) -> Any:
            def _parse_supported_voices(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    supported_voices_type_0 = cast(list[str], data)

                    return supported_voices_type_0
                return cast(list[str] | None, data)

            supported_voices = _parse_supported_voices(raw__)

            return supported_voices

        def top_provider_(raw__: Any) -> Any:
            top_provider = TopProviderInfo.from_dict(raw__)

            return top_provider

        def alias_target_(raw__: Any) -> Any:
            alias_target = ModelAliasTarget.from_dict(raw__)

            return alias_target

        def benchmarks_(raw__: Any) -> Any:
            benchmarks = ModelBenchmarks.from_dict(raw__)

            return benchmarks

        def reasoning_(raw__: Any) -> Any:
            reasoning = ModelReasoning.from_dict(raw__)

            return reasoning

        return {
            "architecture": architecture_,
            "default_parameters": default_parameters_,
            "links": links_,
            "per_request_limits": per_request_limits_,
            "pricing": pricing_,
            "supported_parameters": supported_parameters_,
            "supported_voices": supported_voices_,
            "top_provider": top_provider_,
            "alias_target": alias_target_,
            "benchmarks": benchmarks_,
            "reasoning": reasoning_,
        }
