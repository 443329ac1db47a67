from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.observability_filter_rules_config import (
        ObservabilityFilterRulesConfig,
    )
    from ..models.observability_posthog_destination_config import (
        ObservabilityPosthogDestinationConfig,
    )
    from ..models.observability_posthog_destination_type import (
        ObservabilityPosthogDestinationType,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityPosthogDestination(LazyModel):
    """
    Example:
        {'api_key_hashes': None, 'broadcast_generation_cost': False, 'broadcast_generation_identity': False,
            'broadcast_generation_request_context': False, 'config': {'apiKey': 'phc_...AbCd', 'endpoint':
            'https://us.i.posthog.com'}, 'created_at': '2025-08-24T10:30:00Z', 'enabled': True, 'filter_rules': None, 'id':
            '99999999-aaaa-bbbb-cccc-dddddddddddd', 'name': 'Production PostHog', 'privacy_mode': False, 'sampling_rate': 1,
            'type': 'posthog', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        api_key_hashes (list[str] | None): Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose
            traffic is forwarded to this destination. `null` means all keys.
        broadcast_generation_cost (bool): When true, include cost and billing generation metadata. Example: False.
        broadcast_generation_identity (bool): When true, include identity generation metadata. Example: False.
        broadcast_generation_request_context (bool): When true, include request-context generation metadata. Example:
            False.
        config (ObservabilityPosthogDestinationConfig):
        created_at (str): ISO timestamp of when the destination was created. Example: 2025-08-24T10:30:00Z.
        enabled (bool): Whether this destination is currently enabled. Example: True.
        filter_rules (ObservabilityFilterRulesConfig | None):
        id (UUID): Stable public identifier for this destination. Example: 99999999-aaaa-bbbb-cccc-dddddddddddd.
        name (str | None): Human-readable name for the destination. Example: Production Langfuse.
        privacy_mode (bool): When true, request/response bodies are not forwarded to this destination — only metadata.
            Example: False.
        sampling_rate (float): Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
            Example: 1.
        type (ObservabilityPosthogDestinationType):
        updated_at (str): ISO timestamp of when the destination was last updated. Example: 2025-08-24T15:45:00Z.
        workspace_id (UUID): ID of the workspace this destination belongs to. Example:
            550e8400-e29b-41d4-a716-446655440000.
    """

    api_key_hashes: list[str] | None
    broadcast_generation_cost: bool
    broadcast_generation_identity: bool
    broadcast_generation_request_context: bool
    config: ObservabilityPosthogDestinationConfig
    created_at: str
    enabled: bool
    filter_rules: ObservabilityFilterRulesConfig | None
    id: UUID
    name: str | None
    privacy_mode: bool
    sampling_rate: float
    type: ObservabilityPosthogDestinationType
    updated_at: str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("api_key_hashes", "api_key_hashes"),
        ("broadcast_generation_cost", "broadcast_generation_cost"),
        ("broadcast_generation_identity", "broadcast_generation_identity"),
        (
            "broadcast_generation_request_context",
            "broadcast_generation_request_context",
        ),
        ("config", "config"),
        ("created_at", "created_at"),
        ("enabled", "enabled"),
        ("filter_rules", "filter_rules"),
        ("id", "id"),
        ("name", "name"),
        ("privacy_mode", "privacy_mode"),
        ("sampling_rate", "sampling_rate"),
        ("type", "type"),
        ("updated_at", "updated_at"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "api_key_hashes",
            "broadcast_generation_cost",
            "broadcast_generation_identity",
            "broadcast_generation_request_context",
            "config",
            "created_at",
            "enabled",
            "filter_rules",
            "id",
            "name",
            "privacy_mode",
            "sampling_rate",
            "type",
            "updated_at",
            "workspace_id",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "config",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "posthog"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        from ..models.observability_filter_rules_config import (
            ObservabilityFilterRulesConfig,
        )
        from ..models.observability_posthog_destination_config import (
            ObservabilityPosthogDestinationConfig,
        )
        from ..models.observability_posthog_destination_type import (
            ObservabilityPosthogDestinationType,
        )

        def api_key_hashes_(raw__: Any) -> Any:
            def _parse_api_key_hashes(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    api_key_hashes_type_0 = cast(list[str], data)

                    return api_key_hashes_type_0
                return cast(list[str] | None, data)

            api_key_hashes = _parse_api_key_hashes(raw__)

            return api_key_hashes

        def config_(raw__: Any) -> Any:
            config = ObservabilityPosthogDestinationConfig.from_dict(raw__)

            return config

        def filter_rules_(raw__: Any) -> Any:
            def _parse_filter_rules(
                data: object,
            ) -> None | ObservabilityFilterRulesConfig:
                if data is None:
                    return data
                if ObservabilityFilterRulesConfig.accepts(data):
                    filter_rules_type_0 = ObservabilityFilterRulesConfig.from_dict(data)

                    return filter_rules_type_0
                if ObservabilityFilterRulesConfig.discriminated_by(data):
                    return ObservabilityFilterRulesConfig.from_dict(data)
                return cast(None | ObservabilityFilterRulesConfig, data)

            filter_rules = _parse_filter_rules(raw__)

            return filter_rules

        def id_(raw__: Any) -> Any:
            id = UUID(raw__)

            return id

        def type_(raw__: Any) -> Any:
            type = ObservabilityPosthogDestinationType(raw__)

            return type

        def workspace_id_(raw__: Any) -> Any:
            workspace_id = UUID(raw__)

            return workspace_id

        return {
            "api_key_hashes": api_key_hashes_,
            "config": config_,
            "filter_rules": filter_rules_,
            "id": id_,
            "type": type_,
            "workspace_id": workspace_id_,
        }
