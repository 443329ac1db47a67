from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.byok_provider_slug import BYOKProviderSlug


@_attrs_define(slots=False, repr=False)
class CreateBYOKKeyRequest(LazyModel):
    """
    Example:
        {'key': 'sk-proj-abc123...', 'name': 'Production OpenAI Key', 'provider': 'openai'}

    Attributes:
        key (str): The raw provider API key or credential. This value is encrypted at rest and never returned in API
            responses. Example: sk-proj-abc123....
        provider (BYOKProviderSlug): The upstream provider this credential authenticates against, as a lowercase slug
            (e.g. `openai`, `anthropic`, `amazon-bedrock`). Example: openai.
        allowed_api_key_hashes (list[str] | None): Optional allowlist of OpenRouter API key hashes (`api_keys.hash`)
            that may use this credential. `null` means no restriction. Must contain at least one hash if provided. Hashes
            that do not belong to your account return a 400. Example:
            ['f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943'].
        allowed_models (list[str] | None): Optional allowlist of model slugs this credential may be used for. `null`
            means no restriction.
        allowed_user_ids (list[str] | None): Optional allowlist of user IDs that may use this credential. `null` means
            no restriction.
        disabled (bool | None): Whether this credential should be created in a disabled state. Example: False.
        is_fallback (bool | None): Whether this credential is treated as a fallback — used only after non-fallback keys
            for the same provider have been tried. Example: False.
        name (str | None): Optional human-readable name for the credential. Example: Production OpenAI Key.
        workspace_id (UUID | None): Optional workspace ID to scope the credential to. When omitted, the credential is
            created in the account's default workspace; if that default has been deleted, the request returns a 400 and you
            must pass `workspace_id` explicitly. Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    key: str
    provider: BYOKProviderSlug
    allowed_api_key_hashes: list[str] | None = ABSENT
    allowed_models: list[str] | None = ABSENT
    allowed_user_ids: list[str] | None = ABSENT
    disabled: bool | None = ABSENT
    is_fallback: bool | None = ABSENT
    name: str | None = ABSENT
    workspace_id: UUID | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("provider", "provider"),
        ("allowed_api_key_hashes", "allowed_api_key_hashes"),
        ("allowed_models", "allowed_models"),
        ("allowed_user_ids", "allowed_user_ids"),
        ("disabled", "disabled"),
        ("is_fallback", "is_fallback"),
        ("name", "name"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "key",
            "provider",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        from ..models.byok_provider_slug import BYOKProviderSlug

        def provider_(raw__: Any) -> Any:
            provider = BYOKProviderSlug(raw__)

            return provider

        def allowed_api_key_hashes_(raw__: Any) -> Any:
            def _parse_allowed_api_key_hashes(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    allowed_api_key_hashes_type_0 = cast(list[str], data)

                    return allowed_api_key_hashes_type_0
                return cast(list[str] | None, data)

            allowed_api_key_hashes = _parse_allowed_api_key_hashes(raw__)

            return allowed_api_key_hashes

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

        def allowed_user_ids_(raw__: Any) -> Any:
            def _parse_allowed_user_ids(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    allowed_user_ids_type_0 = cast(list[str], data)

                    return allowed_user_ids_type_0
                return cast(list[str] | None, data)

            allowed_user_ids = _parse_allowed_user_ids(raw__)

            return allowed_user_ids

        def workspace_id_(raw__: Any) -> Any:
            workspace_id = UUID(raw__)

            return workspace_id

        return {
            "provider": provider_,
            "allowed_api_key_hashes": allowed_api_key_hashes_,
            "allowed_models": allowed_models_,
            "allowed_user_ids": allowed_user_ids_,
            "workspace_id": workspace_id_,
        }
