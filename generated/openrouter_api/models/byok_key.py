from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.byok_provider_slug import BYOKProviderSlug


@_attrs_define(slots=False, repr=False)
class BYOKKey(LazyModel):
    """
    Example:
        {'allowed_api_key_hashes': None, 'allowed_models': None, 'allowed_user_ids': None, 'created_at':
            '2025-08-24T10:30:00Z', 'disabled': False, 'id': '11111111-2222-3333-4444-555555555555', 'is_fallback': False,
            'label': 'sk-...AbCd', 'name': 'Production OpenAI Key', 'provider': 'openai', 'sort_order': 0, 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        allowed_api_key_hashes (list[str] | None): Optional allowlist of OpenRouter API key hashes (`api_keys.hash`)
            that may use this credential. `null` means no restriction. Example:
            ['f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943'].
        allowed_models (list[str] | None): Optional allowlist of model slugs this credential may be used for. `null`
            means no restriction.
        allowed_user_ids (list[str] | None): Optional allowlist of user IDs that may use this credential. `null` means
            no restriction.
        created_at (str): ISO timestamp of when the credential was created. Example: 2025-08-24T10:30:00Z.
        disabled (bool): Whether this credential is currently disabled. Example: False.
        id (UUID): Stable public identifier for this BYOK credential. Example: 11111111-2222-3333-4444-555555555555.
        is_fallback (bool): Whether this credential is treated as a fallback — used only after non-fallback keys for the
            same provider have been tried. Example: False.
        label (str): Short masked snippet of the key (e.g. the first/last few characters) used to identify it in the UI.
            Example: sk-...AbCd.
        provider (BYOKProviderSlug): The upstream provider this credential authenticates against, as a lowercase slug
            (e.g. `openai`, `anthropic`, `amazon-bedrock`). Example: openai.
        sort_order (int): Position within the provider — credentials are tried in ascending sort order. Example: 0.
        workspace_id (UUID | None): The workspace this credential is scoped to, or `null` when it is global — usable
            across every workspace in the account. A `null` value does not mean the default workspace. Example:
            550e8400-e29b-41d4-a716-446655440000.
        name (str | None): Optional human-readable name for the credential. Example: Production OpenAI Key.
    """

    allowed_api_key_hashes: list[str] | None
    allowed_models: list[str] | None
    allowed_user_ids: list[str] | None
    created_at: str
    disabled: bool
    id: UUID
    is_fallback: bool
    label: str
    provider: BYOKProviderSlug
    sort_order: int
    workspace_id: UUID | None
    name: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allowed_api_key_hashes", "allowed_api_key_hashes"),
        ("allowed_models", "allowed_models"),
        ("allowed_user_ids", "allowed_user_ids"),
        ("created_at", "created_at"),
        ("disabled", "disabled"),
        ("id", "id"),
        ("is_fallback", "is_fallback"),
        ("label", "label"),
        ("provider", "provider"),
        ("sort_order", "sort_order"),
        ("workspace_id", "workspace_id"),
        ("name", "name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "allowed_api_key_hashes",
            "allowed_models",
            "allowed_user_ids",
            "created_at",
            "disabled",
            "id",
            "is_fallback",
            "label",
            "provider",
            "sort_order",
            "workspace_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        from ..models.byok_provider_slug import BYOKProviderSlug

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

        def id_(raw__: Any) -> Any:
            id = UUID(raw__)

            return id

        def provider_(raw__: Any) -> Any:
            provider = BYOKProviderSlug(raw__)

            return provider

        def workspace_id_(raw__: Any) -> Any:
            def _parse_workspace_id(data: object) -> None | UUID:
                if data is None:
                    return data
                if isinstance(data, str):
                    workspace_id_type_0 = UUID(data)

                    return workspace_id_type_0
                return cast(None | UUID, data)

            workspace_id = _parse_workspace_id(raw__)

            return workspace_id

        return {
            "allowed_api_key_hashes": allowed_api_key_hashes_,
            "allowed_models": allowed_models_,
            "allowed_user_ids": allowed_user_ids_,
            "id": id_,
            "provider": provider_,
            "workspace_id": workspace_id_,
        }
