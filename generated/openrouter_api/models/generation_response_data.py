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

        def app_id_(raw__: Any) -> Any:
            def _parse_app_id(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            app_id = _parse_app_id(raw__)

            return app_id

        def cache_discount_(raw__: Any) -> Any:
            def _parse_cache_discount(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            cache_discount = _parse_cache_discount(raw__)

            return cache_discount

        def cancelled_(raw__: Any) -> Any:
            def _parse_cancelled(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            cancelled = _parse_cancelled(raw__)

            return cancelled

        def data_region_(raw__: Any) -> Any:
            data_region = GenerationResponseDataDataRegion(raw__)

            return data_region

        def external_user_(raw__: Any) -> Any:
            def _parse_external_user(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            external_user = _parse_external_user(raw__)

            return external_user

        def finish_reason_(raw__: Any) -> Any:
            def _parse_finish_reason(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            finish_reason = _parse_finish_reason(raw__)

            return finish_reason

        def generation_time_(raw__: Any) -> Any:
            def _parse_generation_time(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            generation_time = _parse_generation_time(raw__)

            return generation_time

        def http_referer_(raw__: Any) -> Any:
            def _parse_http_referer(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            http_referer = _parse_http_referer(raw__)

            return http_referer

        def latency_(raw__: Any) -> Any:
            def _parse_latency(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            latency = _parse_latency(raw__)

            return latency

        def moderation_latency_(raw__: Any) -> Any:
            def _parse_moderation_latency(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            moderation_latency = _parse_moderation_latency(raw__)

            return moderation_latency

        def native_finish_reason_(raw__: Any) -> Any:
            def _parse_native_finish_reason(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            native_finish_reason = _parse_native_finish_reason(raw__)

            return native_finish_reason

        def native_tokens_cached_(raw__: Any) -> Any:
            def _parse_native_tokens_cached(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            native_tokens_cached = _parse_native_tokens_cached(raw__)

            return native_tokens_cached

        def native_tokens_completion_(raw__: Any) -> Any:
            def _parse_native_tokens_completion(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            native_tokens_completion = _parse_native_tokens_completion(raw__)

            return native_tokens_completion

        def native_tokens_completion_images_(raw__: Any) -> Any:
            def _parse_native_tokens_completion_images(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            native_tokens_completion_images = _parse_native_tokens_completion_images(
                raw__
            )

            return native_tokens_completion_images

        def native_tokens_prompt_(raw__: Any) -> Any:
            def _parse_native_tokens_prompt(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            native_tokens_prompt = _parse_native_tokens_prompt(raw__)

            return native_tokens_prompt

        def native_tokens_reasoning_(raw__: Any) -> Any:
            def _parse_native_tokens_reasoning(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            native_tokens_reasoning = _parse_native_tokens_reasoning(raw__)

            return native_tokens_reasoning

        def num_fetches_(raw__: Any) -> Any:
            def _parse_num_fetches(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            num_fetches = _parse_num_fetches(raw__)

            return num_fetches

        def num_input_audio_prompt_(raw__: Any) -> Any:
            def _parse_num_input_audio_prompt(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            num_input_audio_prompt = _parse_num_input_audio_prompt(raw__)

            return num_input_audio_prompt

        def num_media_completion_(raw__: Any) -> Any:
            def _parse_num_media_completion(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            num_media_completion = _parse_num_media_completion(raw__)

            return num_media_completion

        def num_media_prompt_(raw__: Any) -> Any:
            def _parse_num_media_prompt(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            num_media_prompt = _parse_num_media_prompt(raw__)

            return num_media_prompt

        def num_search_results_(raw__: Any) -> Any:
            def _parse_num_search_results(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            num_search_results = _parse_num_search_results(raw__)

            return num_search_results

        def preset_id_(raw__: Any) -> Any:
            def _parse_preset_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            preset_id = _parse_preset_id(raw__)

            return preset_id

        def provider_name_(raw__: Any) -> Any:
            def _parse_provider_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            provider_name = _parse_provider_name(raw__)

            return provider_name

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

        def router_(raw__: Any) -> Any:
            def _parse_router(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            router = _parse_router(raw__)

            return router

        def service_tier_(raw__: Any) -> Any:
            def _parse_service_tier(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            service_tier = _parse_service_tier(raw__)

            return service_tier

        def streamed_(raw__: Any) -> Any:
            def _parse_streamed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            streamed = _parse_streamed(raw__)

            return streamed

        def tokens_completion_(raw__: Any) -> Any:
            def _parse_tokens_completion(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            tokens_completion = _parse_tokens_completion(raw__)

            return tokens_completion

        def tokens_prompt_(raw__: Any) -> Any:
            def _parse_tokens_prompt(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            tokens_prompt = _parse_tokens_prompt(raw__)

            return tokens_prompt

        def upstream_id_(raw__: Any) -> Any:
            def _parse_upstream_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            upstream_id = _parse_upstream_id(raw__)

            return upstream_id

        def upstream_inference_cost_(raw__: Any) -> Any:
            def _parse_upstream_inference_cost(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            upstream_inference_cost = _parse_upstream_inference_cost(raw__)

            return upstream_inference_cost

        def user_agent_(raw__: Any) -> Any:
            def _parse_user_agent(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            user_agent = _parse_user_agent(raw__)

            return user_agent

        def web_search_engine_(raw__: Any) -> Any:
            def _parse_web_search_engine(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            web_search_engine = _parse_web_search_engine(raw__)

            return web_search_engine

        def request_id_(raw__: Any) -> Any:
            def _parse_request_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            request_id = _parse_request_id(raw__)

            return request_id

        def response_cache_source_id_(raw__: Any) -> Any:
            def _parse_response_cache_source_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            response_cache_source_id = _parse_response_cache_source_id(raw__)

            return response_cache_source_id

        def session_id_(raw__: Any) -> Any:
            def _parse_session_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            session_id = _parse_session_id(raw__)

            return session_id

        def workspace_id_(raw__: Any) -> Any:
            def _parse_workspace_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            workspace_id = _parse_workspace_id(raw__)

            return workspace_id

        return {
            "api_type": api_type_,
            "app_id": app_id_,
            "cache_discount": cache_discount_,
            "cancelled": cancelled_,
            "data_region": data_region_,
            "external_user": external_user_,
            "finish_reason": finish_reason_,
            "generation_time": generation_time_,
            "http_referer": http_referer_,
            "latency": latency_,
            "moderation_latency": moderation_latency_,
            "native_finish_reason": native_finish_reason_,
            "native_tokens_cached": native_tokens_cached_,
            "native_tokens_completion": native_tokens_completion_,
            "native_tokens_completion_images": native_tokens_completion_images_,
            "native_tokens_prompt": native_tokens_prompt_,
            "native_tokens_reasoning": native_tokens_reasoning_,
            "num_fetches": num_fetches_,
            "num_input_audio_prompt": num_input_audio_prompt_,
            "num_media_completion": num_media_completion_,
            "num_media_prompt": num_media_prompt_,
            "num_search_results": num_search_results_,
            "preset_id": preset_id_,
            "provider_name": provider_name_,
            "provider_responses": provider_responses_,
            "router": router_,
            "service_tier": service_tier_,
            "streamed": streamed_,
            "tokens_completion": tokens_completion_,
            "tokens_prompt": tokens_prompt_,
            "upstream_id": upstream_id_,
            "upstream_inference_cost": upstream_inference_cost_,
            "user_agent": user_agent_,
            "web_search_engine": web_search_engine_,
            "request_id": request_id_,
            "response_cache_source_id": response_cache_source_id_,
            "session_id": session_id_,
            "workspace_id": workspace_id_,
        }
