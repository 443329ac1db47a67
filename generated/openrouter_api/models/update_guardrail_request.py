from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.content_filter_builtin_entry_input import (
        ContentFilterBuiltinEntryInput,
    )
    from ..models.content_filter_entry import ContentFilterEntry
    from ..models.guardrail_interval import GuardrailInterval


@_attrs_define(slots=False, repr=False)
class UpdateGuardrailRequest(LazyModel):
    """
    Example:
        {'description': 'Updated description', 'limit_usd': 75, 'name': 'Updated Guardrail Name', 'reset_interval':
            'weekly'}

    Attributes:
        allowed_models (list[str] | None): Array of model identifiers (slug or canonical_slug accepted) Example:
            ['openai/gpt-5.2'].
        allowed_providers (list[str] | None): New list of allowed provider IDs Example: ['openai', 'anthropic',
            'deepseek'].
        content_filter_builtins (list[ContentFilterBuiltinEntryInput] | None): Builtin content filters to apply. Set to
            null to remove. Every builtin slug supports "block", "redact", and the detect-only "flag" action. Example:
            [{'action': 'block', 'slug': 'regex-prompt-injection'}].
        content_filters (list[ContentFilterEntry] | None): Custom regex content filters to apply. Set to null to remove.
        description (str | None): New description for the guardrail Example: Updated description.
        enable_free_model_publication (bool | None): Whether this guardrail allows free endpoints that publish prompts.
            Example: False.
        enable_free_model_training (bool | None): Whether this guardrail allows free endpoints that train on request
            data. Example: True.
        enable_paid_model_training (bool | None): Whether this guardrail allows paid endpoints that train on request
            data. Example: True.
        enforce_zdr (bool | None): Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google,
            enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-
            provider fields that are not explicitly specified on the request. Example: True.
        enforce_zdr_anthropic (bool | None): Whether to enforce zero data retention for Anthropic models. Falls back to
            enforce_zdr when not provided. Example: True.
        enforce_zdr_google (bool | None): Whether to enforce zero data retention for Google models. Falls back to
            enforce_zdr when not provided. Example: True.
        enforce_zdr_openai (bool | None): Whether to enforce zero data retention for OpenAI models. Falls back to
            enforce_zdr when not provided. Example: True.
        enforce_zdr_other (bool | None): Whether to enforce zero data retention for models that are not from Anthropic,
            OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided. Example: True.
        enforce_zdr_xai (bool | None): Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr
            when not provided. Example: True.
        ignored_models (list[str] | None): Array of model identifiers to exclude from routing (slug or canonical_slug
            accepted) Example: ['openai/gpt-4o-mini'].
        ignored_providers (list[str] | None): List of provider IDs to exclude from routing Example: ['azure'].
        include_byok_in_budgets (bool | None): Whether BYOK (bring-your-own-key) inference spend counts toward this
            guardrail's limit_usd, in addition to OpenRouter credit spend. Omit to leave unchanged. Example: True.
        limit_usd (float | None): New spending limit in USD Example: 75.
        name (str | None): New name for the guardrail Example: Updated Guardrail Name.
        reset_interval (GuardrailInterval | None):
    """

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
    name: str | None = ABSENT
    reset_interval: GuardrailInterval | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
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
        ("name", "name"),
        ("reset_interval", "reset_interval"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

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

        return {
            "allowed_models": allowed_models_,
            "allowed_providers": allowed_providers_,
            "content_filter_builtins": content_filter_builtins_,
            "content_filters": content_filters_,
            "ignored_models": ignored_models_,
            "ignored_providers": ignored_providers_,
            "reset_interval": reset_interval_,
        }
