from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.generation_response_data_api_type import GenerationResponseDataApiType
    from ..models.generation_response_data_data_region import (
        GenerationResponseDataDataRegion,
    )
    from ..models.provider_response import ProviderResponse


@_attrs_define(slots=False, repr=False)
class GenerationResponseData(LazyModel):
    """Generation data

    Attributes:
        api_type (GenerationResponseDataApiType | None): Type of API used for the generation
        app_id (int | None): ID of the app that made the request Example: 12345.
        cache_discount (float | None): Discount applied due to caching Example: 0.0002.
        cancelled (bool | None): Whether the generation was cancelled Example: False.
        created_at (str): ISO 8601 timestamp of when the generation was created Example:
            2024-07-15T23:33:19.433273+00:00.
        data_region (GenerationResponseDataDataRegion): The data region this generation was routed through: 'global',
            'europe', or 'us'. Example: global.
        external_user (str | None): External user identifier Example: user-123.
        finish_reason (str | None): Reason the generation finished Example: stop.
        generation_time (float | None): Time taken for generation in milliseconds Example: 1200.
        http_referer (str | None): Referer header from the request
        id (str): Unique identifier for the generation Example: gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG.
        is_byok (bool): Whether this used bring-your-own-key Example: False.
        latency (float | None): Total latency in milliseconds Example: 1250.
        model (str): Model used for the generation Example: sao10k/l3-stheno-8b.
        moderation_latency (float | None): Moderation latency in milliseconds Example: 50.
        native_finish_reason (str | None): Native finish reason as reported by provider Example: stop.
        native_tokens_cached (int | None): Native cached tokens as reported by provider Example: 3.
        native_tokens_completion (int | None): Native completion tokens as reported by provider Example: 25.
        native_tokens_completion_images (int | None): Native completion image tokens as reported by provider Example: 0.
        native_tokens_prompt (int | None): Native prompt tokens as reported by provider Example: 10.
        native_tokens_reasoning (int | None): Native reasoning tokens as reported by provider Example: 5.
        num_fetches (int | None): Number of web fetches performed Example: 0.
        num_input_audio_prompt (int | None): Number of audio inputs in the prompt Example: 0.
        num_media_completion (int | None): Number of media items in the completion Example: 0.
        num_media_prompt (int | None): Number of media items in the prompt Example: 1.
        num_search_results (int | None): Number of search results included Example: 5.
        origin (str): Origin URL of the request Example: https://openrouter.ai/.
        preset_id (str | None): ID of the preset used for this generation, null if no preset was used Example:
            a9e8d400-592a-494f-908c-375efa66cafd.
        provider_name (str | None): Name of the provider that served the request Example: Infermatic.
        provider_responses (list[ProviderResponse] | None): List of provider responses for this generation, including
            fallback attempts
        router (str | None): Router used for the request (e.g., openrouter/auto) Example: openrouter/auto.
        service_tier (str | None): Service tier the upstream provider reported running this request on, or null if it
            did not report one. Example: priority.
        streamed (bool | None): Whether the response was streamed Example: True.
        tokens_completion (int | None): Number of tokens in the completion Example: 25.
        tokens_prompt (int | None): Number of tokens in the prompt Example: 10.
        total_cost (float): Total cost of the generation in USD Example: 0.0015.
        upstream_id (str | None): Upstream provider's identifier for this generation Example:
            chatcmpl-791bcf62-080e-4568-87d0-94c72e3b4946.
        upstream_inference_cost (float | None): Cost charged by the upstream provider Example: 0.0012.
        usage (float): Usage amount in USD Example: 0.0015.
        user_agent (str | None): User-Agent header from the request
        web_search_engine (str | None): The resolved web search engine used for this generation (e.g. exa, firecrawl,
            parallel) Example: exa.
        request_id (str | None): Unique identifier grouping all generations from a single API request Example:
            req-1727282430-aBcDeFgHiJkLmNoPqRsT.
        response_cache_source_id (str | None): If this generation was served from response cache, contains the original
            generation ID. Null otherwise.
        session_id (str | None): Session identifier grouping multiple generations in the same session
        workspace_id (str | None): ID of the workspace this generation is attributed to. Null for accounts without
            workspaces. Generations created before workspace resolution existed are attributed to the account default
            workspace. Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    api_type: GenerationResponseDataApiType | None
    app_id: int | None
    cache_discount: float | None
    cancelled: bool | None
    created_at: str
    data_region: GenerationResponseDataDataRegion
    external_user: str | None
    finish_reason: str | None
    generation_time: float | None
    http_referer: str | None
    id: str
    is_byok: bool
    latency: float | None
    model: str
    moderation_latency: float | None
    native_finish_reason: str | None
    native_tokens_cached: int | None
    native_tokens_completion: int | None
    native_tokens_completion_images: int | None
    native_tokens_prompt: int | None
    native_tokens_reasoning: int | None
    num_fetches: int | None
    num_input_audio_prompt: int | None
    num_media_completion: int | None
    num_media_prompt: int | None
    num_search_results: int | None
    origin: str
    preset_id: str | None
    provider_name: str | None
    provider_responses: list[ProviderResponse] | None
    router: str | None
    service_tier: str | None
    streamed: bool | None
    tokens_completion: int | None
    tokens_prompt: int | None
    total_cost: float
    upstream_id: str | None
    upstream_inference_cost: float | None
    usage: float
    user_agent: str | None
    web_search_engine: str | None
    request_id: str | None = ABSENT
    response_cache_source_id: str | None = ABSENT
    session_id: str | None = ABSENT
    workspace_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("api_type", "api_type"),
        ("app_id", "app_id"),
        ("cache_discount", "cache_discount"),
        ("cancelled", "cancelled"),
        ("created_at", "created_at"),
        ("data_region", "data_region"),
        ("external_user", "external_user"),
        ("finish_reason", "finish_reason"),
        ("generation_time", "generation_time"),
        ("http_referer", "http_referer"),
        ("id", "id"),
        ("is_byok", "is_byok"),
        ("latency", "latency"),
        ("model", "model"),
        ("moderation_latency", "moderation_latency"),
        ("native_finish_reason", "native_finish_reason"),
        ("native_tokens_cached", "native_tokens_cached"),
        ("native_tokens_completion", "native_tokens_completion"),
        ("native_tokens_completion_images", "native_tokens_completion_images"),
        ("native_tokens_prompt", "native_tokens_prompt"),
        ("native_tokens_reasoning", "native_tokens_reasoning"),
        ("num_fetches", "num_fetches"),
        ("num_input_audio_prompt", "num_input_audio_prompt"),
        ("num_media_completion", "num_media_completion"),
        ("num_media_prompt", "num_media_prompt"),
        ("num_search_results", "num_search_results"),
        ("origin", "origin"),
        ("preset_id", "preset_id"),
        ("provider_name", "provider_name"),
        ("provider_responses", "provider_responses"),
        ("router", "router"),
        ("service_tier", "service_tier"),
        ("streamed", "streamed"),
        ("tokens_completion", "tokens_completion"),
        ("tokens_prompt", "tokens_prompt"),
        ("total_cost", "total_cost"),
        ("upstream_id", "upstream_id"),
        ("upstream_inference_cost", "upstream_inference_cost"),
        ("usage", "usage"),
        ("user_agent", "user_agent"),
        ("web_search_engine", "web_search_engine"),
        ("request_id", "request_id"),
        ("response_cache_source_id", "response_cache_source_id"),
        ("session_id", "session_id"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "api_type",
            "app_id",
            "cache_discount",
            "cancelled",
            "created_at",
            "data_region",
            "external_user",
            "finish_reason",
            "generation_time",
            "http_referer",
            "id",
            "is_byok",
            "latency",
            "model",
            "moderation_latency",
            "native_finish_reason",
            "native_tokens_cached",
            "native_tokens_completion",
            "native_tokens_completion_images",
            "native_tokens_prompt",
            "native_tokens_reasoning",
            "num_fetches",
            "num_input_audio_prompt",
            "num_media_completion",
            "num_media_prompt",
            "num_search_results",
            "origin",
            "preset_id",
            "provider_name",
            "provider_responses",
            "router",
            "service_tier",
            "streamed",
            "tokens_completion",
            "tokens_prompt",
            "total_cost",
            "upstream_id",
            "upstream_inference_cost",
            "usage",
            "user_agent",
            "web_search_engine",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.generation_response_data_api_type import (
            GenerationResponseDataApiType,
        )
        from ..models.generation_response_data_data_region import (
            GenerationResponseDataDataRegion,
        )
        from ..models.provider_response import ProviderResponse

        def api_type_(raw__: Any) -> Any:
            def _parse_api_type(data: object) -> GenerationResponseDataApiType | None:
                if data is None:
                    return data
                if GenerationResponseDataApiType.is_declared(data):
                    api_type_type_0 = GenerationResponseDataApiType(data)

                    return api_type_type_0
                if isinstance(data, str):
                    return GenerationResponseDataApiType(data)
                return cast(GenerationResponseDataApiType | None, data)

            api_type = _parse_api_type(raw__)

            return api_type

        def data_region_(raw__: Any) -> Any:
            data_region = GenerationResponseDataDataRegion(raw__)

            return data_region

        def provider_responses_(raw__: Any) -> Any:
            def _parse_provider_responses(
                data: object,
            ) -> list[ProviderResponse] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    provider_responses_type_0 = []
                    _provider_responses_type_0 = data
                    for (
                        provider_responses_type_0_item_data
                    ) in _provider_responses_type_0:
                        provider_responses_type_0_item = ProviderResponse.from_dict(
                            provider_responses_type_0_item_data
                        )

                        provider_responses_type_0.append(provider_responses_type_0_item)

                    return provider_responses_type_0
                return cast(list[ProviderResponse] | None, data)

            provider_responses = _parse_provider_responses(raw__)

            return provider_responses

        return {
            "api_type": api_type_,
            "data_region": data_region_,
            "provider_responses": provider_responses_,
        }
