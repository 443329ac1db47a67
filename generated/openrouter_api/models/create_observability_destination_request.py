from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.create_observability_destination_request_config import (
        CreateObservabilityDestinationRequestConfig,
    )
    from ..models.create_observability_destination_request_type import (
        CreateObservabilityDestinationRequestType,
    )
    from ..models.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullable,
    )


@_attrs_define(slots=False, repr=False)
class CreateObservabilityDestinationRequest(LazyModel):
    """
    Example:
        {'config': {'baseUrl': 'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}

    Attributes:
        config (CreateObservabilityDestinationRequestConfig): Provider-specific configuration. The shape depends on
            `type` and is validated server-side. Example: {'baseUrl': 'https://us.cloud.langfuse.com', 'publicKey':
            'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}.
        name (str): Human-readable name for the destination. Example: Production Langfuse.
        type (CreateObservabilityDestinationRequestType): The destination type. Only stable destination types are
            accepted. Example: langfuse.
        api_key_hashes (list[str] | None): Optional allowlist of OpenRouter API key hashes whose traffic is forwarded.
            `null` or omitted means all keys. Must contain at least one hash if provided.
        broadcast_generation_cost (bool | None): When true, include cost and billing generation metadata. Default:
            False. Example: False.
        broadcast_generation_identity (bool | None): When true, include identity generation metadata. Default: False.
            Example: False.
        broadcast_generation_request_context (bool | None): When true, include request-context generation metadata.
            Default: False. Example: False.
        enabled (bool | None): Whether this destination should be enabled immediately. Default: True. Example: True.
        filter_rules (ObservabilityFilterRulesConfigNullable | None):
        privacy_mode (bool | None): When true, request/response bodies are not forwarded — only metadata. Default:
            False. Example: False.
        sampling_rate (float | None): Sampling rate between 0.0001 and 1 (1 = 100%). Example: 1.
        workspace_id (UUID | None): Optional workspace ID. Defaults to the authenticated entity's default workspace.
            Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    config: CreateObservabilityDestinationRequestConfig
    name: str
    type: CreateObservabilityDestinationRequestType
    api_key_hashes: list[str] | None = ABSENT
    broadcast_generation_cost: bool | None = False
    broadcast_generation_identity: bool | None = False
    broadcast_generation_request_context: bool | None = False
    enabled: bool | None = True
    filter_rules: ObservabilityFilterRulesConfigNullable | None = ABSENT
    privacy_mode: bool | None = False
    sampling_rate: float | None = ABSENT
    workspace_id: UUID | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("config", "config"),
        ("name", "name"),
        ("type", "type"),
        ("api_key_hashes", "api_key_hashes"),
        ("broadcast_generation_cost", "broadcast_generation_cost"),
        ("broadcast_generation_identity", "broadcast_generation_identity"),
        (
            "broadcast_generation_request_context",
            "broadcast_generation_request_context",
        ),
        ("enabled", "enabled"),
        ("filter_rules", "filter_rules"),
        ("privacy_mode", "privacy_mode"),
        ("sampling_rate", "sampling_rate"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "config",
            "name",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "config",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        from ..models.create_observability_destination_request_config import (
            CreateObservabilityDestinationRequestConfig,
        )
        from ..models.create_observability_destination_request_type import (
            CreateObservabilityDestinationRequestType,
        )
        from ..models.observability_filter_rules_config_nullable import (
            ObservabilityFilterRulesConfigNullable,
        )

        def config_(raw__: Any) -> Any:
            config = CreateObservabilityDestinationRequestConfig.from_dict(raw__)

            return config

        def type_(raw__: Any) -> Any:
            type = CreateObservabilityDestinationRequestType(raw__)

            return type

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

        def filter_rules_(raw__: Any) -> Any:
            def _parse_filter_rules(
                data: object,
            ) -> None | ObservabilityFilterRulesConfigNullable:
                if data is None:
                    return data
                if ObservabilityFilterRulesConfigNullable.accepts(data):
                    filter_rules_type_0 = (
                        ObservabilityFilterRulesConfigNullable.from_dict(data)
                    )

                    return filter_rules_type_0
                if ObservabilityFilterRulesConfigNullable.discriminated_by(data):
                    return ObservabilityFilterRulesConfigNullable.from_dict(data)
                return cast(None | ObservabilityFilterRulesConfigNullable, data)

            filter_rules = _parse_filter_rules(raw__)

            return filter_rules

        def workspace_id_(raw__: Any) -> Any:
            workspace_id = UUID(raw__)

            return workspace_id

        return {
            "config": config_,
            "type": type_,
            "api_key_hashes": api_key_hashes_,
            "filter_rules": filter_rules_,
            "workspace_id": workspace_id_,
        }
