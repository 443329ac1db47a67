"""Every operation of the spec, grouped by tag; each group is imported on first use.

``Api(invoke)`` and ``AsyncApi(invoke)`` bind the groups to a caller (see the tag modules).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analytics import AnalyticsApi, AsyncAnalyticsApi, AsyncInvoke, Invoke
    from .anthropic_messages import AnthropicMessagesApi, AsyncAnthropicMessagesApi
    from .api_keys import ApiKeysApi, AsyncApiKeysApi
    from .benchmarks import AsyncBenchmarksApi, BenchmarksApi
    from .byok import AsyncByokApi, ByokApi
    from .chat import AsyncChatApi, ChatApi
    from .classifications import AsyncClassificationsApi, ClassificationsApi
    from .credits_ import AsyncCreditsApi, CreditsApi
    from .datasets import AsyncDatasetsApi, DatasetsApi
    from .embeddings import AsyncEmbeddingsApi, EmbeddingsApi
    from .endpoints import AsyncEndpointsApi, EndpointsApi
    from .files import AsyncFilesApi, FilesApi
    from .generations import AsyncGenerationsApi, GenerationsApi
    from .guardrails import AsyncGuardrailsApi, GuardrailsApi
    from .images import AsyncImagesApi, ImagesApi
    from .models import AsyncModelsApi, ModelsApi
    from .o_auth import AsyncOAuthApi, OAuthApi
    from .observability import AsyncObservabilityApi, ObservabilityApi
    from .organization import AsyncOrganizationApi, OrganizationApi
    from .presets import AsyncPresetsApi, PresetsApi
    from .providers import AsyncProvidersApi, ProvidersApi
    from .rerank import AsyncRerankApi, RerankApi
    from .responses import AsyncResponsesApi, ResponsesApi
    from .scim import AsyncScimApi, ScimApi
    from .stt import AsyncSttApi, SttApi
    from .tts import AsyncTtsApi, TtsApi
    from .video_generation import AsyncVideoGenerationApi, VideoGenerationApi
    from .workspaces import AsyncWorkspacesApi, WorkspacesApi

# Tag attribute -> (module, operation names), for tools that walk every operation.
OPERATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "analytics": (
        "analytics",
        (
            "get_user_activity",
            "get_analytics_meta",
            "query_analytics",
        ),
    ),
    "anthropic_messages": ("anthropic_messages", ("create_messages",)),
    "api_keys": (
        "api_keys",
        (
            "get_current_key",
            "list_",
            "create_keys",
            "get_key",
            "delete_keys",
            "update_keys",
        ),
    ),
    "benchmarks": ("benchmarks", ("get_benchmarks",)),
    "byok": (
        "byok",
        (
            "list_byok_keys",
            "create_byok_key",
            "get_byok_key",
            "delete_byok_key",
            "update_byok_key",
        ),
    ),
    "chat": ("chat", ("send_chat_completion_request",)),
    "classifications": ("classifications", ("get_task_classifications",)),
    "credits": (
        "credits_",
        (
            "get_credits",
            "create_coinbase_charge",
        ),
    ),
    "datasets": (
        "datasets",
        (
            "get_app_rankings",
            "get_rankings_daily",
            "get_session_cost",
        ),
    ),
    "embeddings": (
        "embeddings",
        (
            "create_embeddings",
            "list_embeddings_models",
        ),
    ),
    "endpoints": (
        "endpoints",
        (
            "list_endpoints_zdr",
            "list_endpoints",
        ),
    ),
    "files": (
        "files",
        (
            "list_files",
            "upload_file",
            "get_file_metadata",
            "delete_file",
            "download_file_content",
        ),
    ),
    "generations": (
        "generations",
        (
            "get_generation",
            "list_generation_content",
            "submit_generation_feedback",
        ),
    ),
    "guardrails": (
        "guardrails",
        (
            "list_guardrails",
            "create_guardrail",
            "get_guardrail",
            "delete_guardrail",
            "update_guardrail",
            "list_guardrail_key_assignments",
            "bulk_assign_keys_to_guardrail",
            "bulk_unassign_keys_from_guardrail",
            "list_guardrail_member_assignments",
            "bulk_assign_members_to_guardrail",
            "bulk_unassign_members_from_guardrail",
            "list_key_assignments",
            "list_member_assignments",
        ),
    ),
    "images": (
        "images",
        (
            "create_images",
            "list_image_models",
            "list_image_model_endpoints",
        ),
    ),
    "models": (
        "models",
        (
            "get_model",
            "get_models",
            "list_models_count",
            "list_models_user",
        ),
    ),
    "o_auth": (
        "o_auth",
        (
            "exchange_auth_code_for_api_key",
            "create_auth_keys_code",
        ),
    ),
    "observability": (
        "observability",
        (
            "list_observability_destinations",
            "create_observability_destination",
            "get_observability_destination",
            "delete_observability_destination",
            "update_observability_destination",
        ),
    ),
    "organization": ("organization", ("list_organization_members",)),
    "presets": (
        "presets",
        (
            "list_presets",
            "get_preset",
            "create_presets_chat_completions",
            "create_presets_messages",
            "create_presets_responses",
            "list_preset_versions",
            "get_preset_version",
        ),
    ),
    "providers": ("providers", ("list_providers",)),
    "rerank": ("rerank", ("create_rerank",)),
    "responses": ("responses", ("create_responses",)),
    "scim": (
        "scim",
        (
            "list_scim_group_mappings",
            "create_scim_group_mapping",
            "get_scim_group_mapping",
            "delete_scim_group_mapping",
            "update_scim_group_mapping",
            "list_scim_groups",
        ),
    ),
    "stt": ("stt", ("create_audio_transcriptions",)),
    "tts": ("tts", ("create_audio_speech",)),
    "video_generation": (
        "video_generation",
        (
            "create_videos",
            "get_videos",
            "list_videos_content",
            "list_videos_models",
        ),
    ),
    "workspaces": (
        "workspaces",
        (
            "list_workspaces",
            "create_workspace",
            "get_workspace",
            "delete_workspace",
            "update_workspace",
            "list_workspace_budgets",
            "get_workspace_budget",
            "upsert_workspace_budget",
            "delete_workspace_budget",
            "list_workspace_members",
            "bulk_add_workspace_members",
            "bulk_remove_workspace_members",
        ),
    ),
}


class Api:
    """All operations, blocking."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    @cached_property
    def analytics(self) -> AnalyticsApi:
        from .analytics import AnalyticsApi

        return AnalyticsApi(self._invoke)

    @cached_property
    def anthropic_messages(self) -> AnthropicMessagesApi:
        from .anthropic_messages import AnthropicMessagesApi

        return AnthropicMessagesApi(self._invoke)

    @cached_property
    def api_keys(self) -> ApiKeysApi:
        from .api_keys import ApiKeysApi

        return ApiKeysApi(self._invoke)

    @cached_property
    def benchmarks(self) -> BenchmarksApi:
        from .benchmarks import BenchmarksApi

        return BenchmarksApi(self._invoke)

    @cached_property
    def byok(self) -> ByokApi:
        from .byok import ByokApi

        return ByokApi(self._invoke)

    @cached_property
    def chat(self) -> ChatApi:
        from .chat import ChatApi

        return ChatApi(self._invoke)

    @cached_property
    def classifications(self) -> ClassificationsApi:
        from .classifications import ClassificationsApi

        return ClassificationsApi(self._invoke)

    @cached_property
    def credits(self) -> CreditsApi:
        from .credits_ import CreditsApi

        return CreditsApi(self._invoke)

    @cached_property
    def datasets(self) -> DatasetsApi:
        from .datasets import DatasetsApi

        return DatasetsApi(self._invoke)

    @cached_property
    def embeddings(self) -> EmbeddingsApi:
        from .embeddings import EmbeddingsApi

        return EmbeddingsApi(self._invoke)

    @cached_property
    def endpoints(self) -> EndpointsApi:
        from .endpoints import EndpointsApi

        return EndpointsApi(self._invoke)

    @cached_property
    def files(self) -> FilesApi:
        from .files import FilesApi

        return FilesApi(self._invoke)

    @cached_property
    def generations(self) -> GenerationsApi:
        from .generations import GenerationsApi

        return GenerationsApi(self._invoke)

    @cached_property
    def guardrails(self) -> GuardrailsApi:
        from .guardrails import GuardrailsApi

        return GuardrailsApi(self._invoke)

    @cached_property
    def images(self) -> ImagesApi:
        from .images import ImagesApi

        return ImagesApi(self._invoke)

    @cached_property
    def models(self) -> ModelsApi:
        from .models import ModelsApi

        return ModelsApi(self._invoke)

    @cached_property
    def o_auth(self) -> OAuthApi:
        from .o_auth import OAuthApi

        return OAuthApi(self._invoke)

    @cached_property
    def observability(self) -> ObservabilityApi:
        from .observability import ObservabilityApi

        return ObservabilityApi(self._invoke)

    @cached_property
    def organization(self) -> OrganizationApi:
        from .organization import OrganizationApi

        return OrganizationApi(self._invoke)

    @cached_property
    def presets(self) -> PresetsApi:
        from .presets import PresetsApi

        return PresetsApi(self._invoke)

    @cached_property
    def providers(self) -> ProvidersApi:
        from .providers import ProvidersApi

        return ProvidersApi(self._invoke)

    @cached_property
    def rerank(self) -> RerankApi:
        from .rerank import RerankApi

        return RerankApi(self._invoke)

    @cached_property
    def responses(self) -> ResponsesApi:
        from .responses import ResponsesApi

        return ResponsesApi(self._invoke)

    @cached_property
    def scim(self) -> ScimApi:
        from .scim import ScimApi

        return ScimApi(self._invoke)

    @cached_property
    def stt(self) -> SttApi:
        from .stt import SttApi

        return SttApi(self._invoke)

    @cached_property
    def tts(self) -> TtsApi:
        from .tts import TtsApi

        return TtsApi(self._invoke)

    @cached_property
    def video_generation(self) -> VideoGenerationApi:
        from .video_generation import VideoGenerationApi

        return VideoGenerationApi(self._invoke)

    @cached_property
    def workspaces(self) -> WorkspacesApi:
        from .workspaces import WorkspacesApi

        return WorkspacesApi(self._invoke)


class AsyncApi:
    """All operations, awaitable."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    @cached_property
    def analytics(self) -> AsyncAnalyticsApi:
        from .analytics import AsyncAnalyticsApi

        return AsyncAnalyticsApi(self._invoke)

    @cached_property
    def anthropic_messages(self) -> AsyncAnthropicMessagesApi:
        from .anthropic_messages import AsyncAnthropicMessagesApi

        return AsyncAnthropicMessagesApi(self._invoke)

    @cached_property
    def api_keys(self) -> AsyncApiKeysApi:
        from .api_keys import AsyncApiKeysApi

        return AsyncApiKeysApi(self._invoke)

    @cached_property
    def benchmarks(self) -> AsyncBenchmarksApi:
        from .benchmarks import AsyncBenchmarksApi

        return AsyncBenchmarksApi(self._invoke)

    @cached_property
    def byok(self) -> AsyncByokApi:
        from .byok import AsyncByokApi

        return AsyncByokApi(self._invoke)

    @cached_property
    def chat(self) -> AsyncChatApi:
        from .chat import AsyncChatApi

        return AsyncChatApi(self._invoke)

    @cached_property
    def classifications(self) -> AsyncClassificationsApi:
        from .classifications import AsyncClassificationsApi

        return AsyncClassificationsApi(self._invoke)

    @cached_property
    def credits(self) -> AsyncCreditsApi:
        from .credits_ import AsyncCreditsApi

        return AsyncCreditsApi(self._invoke)

    @cached_property
    def datasets(self) -> AsyncDatasetsApi:
        from .datasets import AsyncDatasetsApi

        return AsyncDatasetsApi(self._invoke)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsApi:
        from .embeddings import AsyncEmbeddingsApi

        return AsyncEmbeddingsApi(self._invoke)

    @cached_property
    def endpoints(self) -> AsyncEndpointsApi:
        from .endpoints import AsyncEndpointsApi

        return AsyncEndpointsApi(self._invoke)

    @cached_property
    def files(self) -> AsyncFilesApi:
        from .files import AsyncFilesApi

        return AsyncFilesApi(self._invoke)

    @cached_property
    def generations(self) -> AsyncGenerationsApi:
        from .generations import AsyncGenerationsApi

        return AsyncGenerationsApi(self._invoke)

    @cached_property
    def guardrails(self) -> AsyncGuardrailsApi:
        from .guardrails import AsyncGuardrailsApi

        return AsyncGuardrailsApi(self._invoke)

    @cached_property
    def images(self) -> AsyncImagesApi:
        from .images import AsyncImagesApi

        return AsyncImagesApi(self._invoke)

    @cached_property
    def models(self) -> AsyncModelsApi:
        from .models import AsyncModelsApi

        return AsyncModelsApi(self._invoke)

    @cached_property
    def o_auth(self) -> AsyncOAuthApi:
        from .o_auth import AsyncOAuthApi

        return AsyncOAuthApi(self._invoke)

    @cached_property
    def observability(self) -> AsyncObservabilityApi:
        from .observability import AsyncObservabilityApi

        return AsyncObservabilityApi(self._invoke)

    @cached_property
    def organization(self) -> AsyncOrganizationApi:
        from .organization import AsyncOrganizationApi

        return AsyncOrganizationApi(self._invoke)

    @cached_property
    def presets(self) -> AsyncPresetsApi:
        from .presets import AsyncPresetsApi

        return AsyncPresetsApi(self._invoke)

    @cached_property
    def providers(self) -> AsyncProvidersApi:
        from .providers import AsyncProvidersApi

        return AsyncProvidersApi(self._invoke)

    @cached_property
    def rerank(self) -> AsyncRerankApi:
        from .rerank import AsyncRerankApi

        return AsyncRerankApi(self._invoke)

    @cached_property
    def responses(self) -> AsyncResponsesApi:
        from .responses import AsyncResponsesApi

        return AsyncResponsesApi(self._invoke)

    @cached_property
    def scim(self) -> AsyncScimApi:
        from .scim import AsyncScimApi

        return AsyncScimApi(self._invoke)

    @cached_property
    def stt(self) -> AsyncSttApi:
        from .stt import AsyncSttApi

        return AsyncSttApi(self._invoke)

    @cached_property
    def tts(self) -> AsyncTtsApi:
        from .tts import AsyncTtsApi

        return AsyncTtsApi(self._invoke)

    @cached_property
    def video_generation(self) -> AsyncVideoGenerationApi:
        from .video_generation import AsyncVideoGenerationApi

        return AsyncVideoGenerationApi(self._invoke)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesApi:
        from .workspaces import AsyncWorkspacesApi

        return AsyncWorkspacesApi(self._invoke)
