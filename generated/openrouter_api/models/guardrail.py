from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.content_filter_builtin_entry import ContentFilterBuiltinEntry
    from ..models.content_filter_entry import ContentFilterEntry
    from ..models.guardrail_interval import GuardrailInterval


@_attrs_define(slots=False, repr=False)
class Guardrail(LazyModel):
    """
    Example:
        {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'], 'content_filter_builtins':
            [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None, 'created_at':
            '2025-08-24T10:30:00Z', 'description': 'Guardrail for production environment', 'enable_free_model_publication':
            False, 'enable_free_model_training': True, 'enable_paid_model_training': True, 'enforce_zdr': None,
            'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True, 'enforce_zdr_other':
            False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None,
            'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 100, 'name': 'Production Guardrail',
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the guardrail was created Example: 2025-08-24T10:30:00Z.
        id (UUID): Unique identifier for the guardrail Example: 550e8400-e29b-41d4-a716-446655440000.
        include_byok_in_budgets (bool): Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's
            limit_usd, in addition to OpenRouter credit spend. Example: False.
        name (str): Name of the guardrail Example: Production Guardrail.
        workspace_id (str | None): The workspace this guardrail belongs to, or `null` for an unscoped legacy guardrail
            predating workspaces. Workspace membership organizes the guardrail; it does not apply the guardrail to the
            workspace's traffic. A `null` value does not mean the default workspace, and does not apply the guardrail across
            every workspace. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
        allowed_models (list[str] | None): Array of model canonical_slugs (immutable identifiers) Example:
            ['openai/gpt-5.2-20251211', 'anthropic/claude-4.5-opus-20251124', 'deepseek/deepseek-r1-0528:free'].
        allowed_providers (list[str] | None): List of allowed provider IDs Example: ['openai', 'anthropic', 'google'].
        content_filter_builtins (list[ContentFilterBuiltinEntry] | None): Builtin content filters applied to requests.
            Includes PII detectors and the regex-based prompt injection detector. Example: [{'action': 'redact', 'label':
            '[EMAIL]', 'slug': 'email'}].
        content_filters (list[ContentFilterEntry] | None): Custom regex content filters applied to request messages
            Example: [{'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}].
        description (str | None): Description of the guardrail Example: Guardrail for production environment.
        enable_free_model_publication (bool | None): Whether this guardrail allows free endpoints that publish prompts.
            Example: False.
        enable_free_model_training (bool | None): Whether this guardrail allows free endpoints that train on request
            data. Example: True.
        enable_paid_model_training (bool | None): Whether this guardrail allows paid endpoints that train on request
            data. Example: True.
        enforce_zdr (bool | None): Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google,
            enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-
            provider fields that are not explicitly specified on the request. Example: False.
        enforce_zdr_anthropic (bool | None): Whether to enforce zero data retention for Anthropic models. Falls back to
            enforce_zdr when not provided. Example: False.
        enforce_zdr_google (bool | None): Whether to enforce zero data retention for Google models. Falls back to
            enforce_zdr when not provided. Example: False.
        enforce_zdr_openai (bool | None): Whether to enforce zero data retention for OpenAI models. Falls back to
            enforce_zdr when not provided. Example: False.
        enforce_zdr_other (bool | None): Whether to enforce zero data retention for models that are not from Anthropic,
            OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided. Example: False.
        enforce_zdr_xai (bool | None): Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr
            when not provided. Example: False.
        ignored_models (list[str] | None): Array of model canonical_slugs to exclude from routing Example:
            ['openai/gpt-4o-mini-2024-07-18'].
        ignored_providers (list[str] | None): List of provider IDs to exclude from routing Example: ['azure'].
        limit_usd (float | None): Spending limit in USD Example: 100.
        reset_interval (GuardrailInterval | None):
        updated_at (str | None): ISO 8601 timestamp of when the guardrail was last updated Example:
            2025-08-24T15:45:00Z.
    """

    created_at: str
    id: UUID
    include_byok_in_budgets: bool
    name: str
    workspace_id: str | None
    allowed_models: list[str] | None = ABSENT
    allowed_providers: list[str] | None = ABSENT
    content_filter_builtins: list[ContentFilterBuiltinEntry] | None = ABSENT
    content_filters: list[ContentFilterEntry] | None = ABSENT
    description: str | None = ABSENT
    enable_free_model_publication: bool | None = ABSENT
    enable_free_model_training: bool | None = ABSENT
    enable_paid_model_training: bool | None = ABSENT
    enforce_zdr: bool | None = ABSENT
    enforce_zdr_anthropic: bool | None = ABSENT
    enforce_zdr_google: bool | None = ABSENT
    enforce_zdr_openai: bool | None = ABSENT
    enforce_zdr_other: bool | None = ABSENT
    enforce_zdr_xai: bool | None = ABSENT
    ignored_models: list[str] | None = ABSENT
    ignored_providers: list[str] | None = ABSENT
    limit_usd: float | None = ABSENT
    reset_interval: GuardrailInterval | None = ABSENT
    updated_at: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("id", "id"),
        ("include_byok_in_budgets", "include_byok_in_budgets"),
        ("name", "name"),
        ("workspace_id", "workspace_id"),
        ("allowed_models", "allowed_models"),
        ("allowed_providers", "allowed_providers"),
        ("content_filter_builtins", "content_filter_builtins"),
        ("content_filters", "content_filters"),
        ("description", "description"),
        ("enable_free_model_publication", "enable_free_model_publication"),
        ("enable_free_model_training", "enable_free_model_training"),
        ("enable_paid_model_training", "enable_paid_model_training"),
        ("enforce_zdr", "enforce_zdr"),
        ("enforce_zdr_anthropic", "enforce_zdr_anthropic"),
        ("enforce_zdr_google", "enforce_zdr_google"),
        ("enforce_zdr_openai", "enforce_zdr_openai"),
        ("enforce_zdr_other", "enforce_zdr_other"),
        ("enforce_zdr_xai", "enforce_zdr_xai"),
        ("ignored_models", "ignored_models"),
        ("ignored_providers", "ignored_providers"),
        ("limit_usd", "limit_usd"),
        ("reset_interval", "reset_interval"),
        ("updated_at", "updated_at"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
            "id",
            "include_byok_in_budgets",
            "name",
            "workspace_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        from ..models.content_filter_builtin_entry import ContentFilterBuiltinEntry
        from ..models.content_filter_entry import ContentFilterEntry
        from ..models.guardrail_interval import GuardrailInterval

        def id_(raw__: Any) -> Any:
            id = UUID(raw__)

            return id

        def allowed_models_(raw__: Any) -> Any:
            def _parse_allowed_models(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    allowed_models_type_0 = cast(list[str], data)

                    return allowed_models_type_0
                return cast(list[str] | None, data)

            allowed_models = _parse_allowed_models(raw__)

            return allowed_models

        def allowed_providers_(raw__: Any) -> Any:
            def _parse_allowed_providers(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    allowed_providers_type_0 = cast(list[str], data)

                    return allowed_providers_type_0
                return cast(list[str] | None, data)

            allowed_providers = _parse_allowed_providers(raw__)

            return allowed_providers

        def content_filter_builtins_(raw__: Any) -> Any:
            def _parse_content_filter_builtins(
                data: object,
            ) -> list[ContentFilterBuiltinEntry] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    content_filter_builtins_type_0 = []
                    _content_filter_builtins_type_0 = data
                    for (
                        content_filter_builtins_type_0_item_data
                    ) in _content_filter_builtins_type_0:
                        content_filter_builtins_type_0_item = (
                            ContentFilterBuiltinEntry.from_dict(
                                content_filter_builtins_type_0_item_data
                            )
                        )

                        content_filter_builtins_type_0.append(
                            content_filter_builtins_type_0_item
                        )

                    return content_filter_builtins_type_0
                return cast(list[ContentFilterBuiltinEntry] | None, data)

            content_filter_builtins = _parse_content_filter_builtins(raw__)

            return content_filter_builtins

        def content_filters_(raw__: Any) -> Any:
            def _parse_content_filters(data: object) -> list[ContentFilterEntry] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    content_filters_type_0 = []
                    _content_filters_type_0 = data
                    for content_filters_type_0_item_data in _content_filters_type_0:
                        content_filters_type_0_item = ContentFilterEntry.from_dict(
                            content_filters_type_0_item_data
                        )

                        content_filters_type_0.append(content_filters_type_0_item)

                    return content_filters_type_0
                return cast(list[ContentFilterEntry] | None, data)

            content_filters = _parse_content_filters(raw__)

            return content_filters

        def ignored_models_(raw__: Any) -> Any:
            def _parse_ignored_models(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    ignored_models_type_0 = cast(list[str], data)

                    return ignored_models_type_0
                return cast(list[str] | None, data)

            ignored_models = _parse_ignored_models(raw__)

            return ignored_models

        def ignored_providers_(raw__: Any) -> Any:
            def _parse_ignored_providers(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    ignored_providers_type_0 = cast(list[str], data)

                    return ignored_providers_type_0
                return cast(list[str] | None, data)

            ignored_providers = _parse_ignored_providers(raw__)

            return ignored_providers

        def reset_interval_(raw__: Any) -> Any:
            def _parse_reset_interval(data: object) -> GuardrailInterval | None:
                if data is None:
                    return data
                if GuardrailInterval.is_declared(data):
                    reset_interval_type_0 = GuardrailInterval(data)

                    return reset_interval_type_0
                if isinstance(data, str):
                    return GuardrailInterval(data)
                return cast(GuardrailInterval | None, data)

            reset_interval = _parse_reset_interval(raw__)

            return reset_interval

        return {
            "id": id_,
            "allowed_models": allowed_models_,
            "allowed_providers": allowed_providers_,
            "content_filter_builtins": content_filter_builtins_,
            "content_filters": content_filters_,
            "ignored_models": ignored_models_,
            "ignored_providers": ignored_providers_,
            "reset_interval": reset_interval_,
        }
