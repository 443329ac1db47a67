from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.content_filter_builtin_entry_input import (
        ContentFilterBuiltinEntryInput,
    )
    from ..models.content_filter_entry import ContentFilterEntry
    from ..models.guardrail_interval import GuardrailInterval


@_attrs_define(slots=False, repr=False)
class CreateGuardrailRequest(LazyModel):
    """
    Example:
        {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins':
            [{'action': 'block', 'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True,
            'enforce_zdr_other': False, 'enforce_zdr_xai': False, 'ignored_models': None, 'ignored_providers': None,
            'limit_usd': 50, 'name': 'My New Guardrail', 'reset_interval': 'monthly'}

    Attributes:
        name (str): Name for the new guardrail Example: My New Guardrail.
        allowed_models (list[str] | None): Array of model identifiers (slug or canonical_slug accepted) Example:
            ['openai/gpt-5.2', 'anthropic/claude-4.5-opus-20251124', 'deepseek/deepseek-r1-0528:free'].
        allowed_providers (list[str] | None): List of allowed provider IDs Example: ['openai', 'anthropic', 'deepseek'].
        content_filter_builtins (list[ContentFilterBuiltinEntryInput] | None): Builtin content filters to apply. Every
            builtin slug supports "block", "redact", and the detect-only "flag" action. Example: [{'action': 'block',
            'slug': 'regex-prompt-injection'}].
        content_filters (list[ContentFilterEntry] | None): Custom regex content filters to apply to request messages
            Example: [{'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}].
        description (str | None): Description of the guardrail Example: A guardrail for limiting API usage.
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
        ignored_models (list[str] | None): Array of model identifiers to exclude from routing (slug or canonical_slug
            accepted) Example: ['openai/gpt-4o-mini'].
        ignored_providers (list[str] | None): List of provider IDs to exclude from routing Example: ['azure'].
        include_byok_in_budgets (bool | None): Whether BYOK (bring-your-own-key) inference spend counts toward this
            guardrail's limit_usd, in addition to OpenRouter credit spend. Defaults to false. Example: False.
        limit_usd (float | None): Spending limit in USD Example: 50.
        reset_interval (GuardrailInterval | None):
        workspace_id (UUID | None): The workspace to create the guardrail in. When omitted, the guardrail is created in
            the default workspace; if that default has been deleted, the request returns a 400 and you must pass
            `workspace_id` explicitly. This only places the guardrail in the workspace; the created guardrail enforces
            nothing for that workspace's traffic until it is assigned to API keys or members. To restrict all traffic in a
            workspace, update the workspace's default guardrail instead. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
    """

    name: str
    allowed_models: list[str] | None = ABSENT
    allowed_providers: list[str] | None = ABSENT
    content_filter_builtins: list[ContentFilterBuiltinEntryInput] | None = ABSENT
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
    include_byok_in_budgets: bool | None = ABSENT
    limit_usd: float | None = ABSENT
    reset_interval: GuardrailInterval | None = ABSENT
    workspace_id: UUID | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
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
        ("include_byok_in_budgets", "include_byok_in_budgets"),
        ("limit_usd", "limit_usd"),
        ("reset_interval", "reset_interval"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        from ..models.content_filter_builtin_entry_input import (
            ContentFilterBuiltinEntryInput,
        )
        from ..models.content_filter_entry import ContentFilterEntry
        from ..models.guardrail_interval import GuardrailInterval

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
            ) -> list[ContentFilterBuiltinEntryInput] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    content_filter_builtins_type_0 = []
                    _content_filter_builtins_type_0 = data
                    for (
                        content_filter_builtins_type_0_item_data
                    ) in _content_filter_builtins_type_0:
                        content_filter_builtins_type_0_item = (
                            ContentFilterBuiltinEntryInput.from_dict(
                                content_filter_builtins_type_0_item_data
                            )
                        )

                        content_filter_builtins_type_0.append(
                            content_filter_builtins_type_0_item
                        )

                    return content_filter_builtins_type_0
                return cast(list[ContentFilterBuiltinEntryInput] | None, data)

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

        def workspace_id_(raw__: Any) -> Any:
            workspace_id = UUID(raw__)

            return workspace_id

        return {
            "allowed_models": allowed_models_,
            "allowed_providers": allowed_providers_,
            "content_filter_builtins": content_filter_builtins_,
            "content_filters": content_filters_,
            "ignored_models": ignored_models_,
            "ignored_providers": ignored_providers_,
            "reset_interval": reset_interval_,
            "workspace_id": workspace_id_,
        }
