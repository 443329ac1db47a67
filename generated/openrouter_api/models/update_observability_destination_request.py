from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullable,
    )
    from ..models.update_observability_destination_request_config import (
        UpdateObservabilityDestinationRequestConfig,
    )


@_attrs_define(slots=False, repr=False)
class UpdateObservabilityDestinationRequest(LazyModel):
    """
    Example:
        {'enabled': False, 'name': 'Updated Langfuse'}

    Attributes:
        api_key_hashes (list[str] | None): Optional allowlist of OpenRouter API key hashes. `null` clears the filter
            (all keys). Omitting leaves the current value. Must contain at least one hash if provided.
        broadcast_generation_cost (bool | None): Whether to include cost and billing generation metadata. Example:
            False.
        broadcast_generation_identity (bool | None): Whether to include identity generation metadata. Example: False.
        broadcast_generation_request_context (bool | None): Whether to include request-context generation metadata.
            Example: False.
        config (UpdateObservabilityDestinationRequestConfig | None): Provider-specific configuration fields to update.
            Masked values are ignored; unset fields keep their current value. Example: {'baseUrl':
            'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}.
        enabled (bool | None): Whether the destination is enabled. Example: True.
        filter_rules (ObservabilityFilterRulesConfigNullable | None): Optional structured filter rules. `null` clears
            the rules. Omitting keeps the current value.
        name (str | None): Human-readable name for the destination. Example: Production Langfuse.
        privacy_mode (bool | None): When true, request/response bodies are not forwarded — only metadata. Example:
            False.
        sampling_rate (float | None): Sampling rate between 0.0001 and 1 (1 = 100%). Example: 1.
    """

    api_key_hashes: list[str] | None = ABSENT
    broadcast_generation_cost: bool | None = ABSENT
    broadcast_generation_identity: bool | None = ABSENT
    broadcast_generation_request_context: bool | None = ABSENT
    config: UpdateObservabilityDestinationRequestConfig | None = ABSENT
    enabled: bool | None = ABSENT
    filter_rules: ObservabilityFilterRulesConfigNullable | None = ABSENT
    name: str | None = ABSENT
    privacy_mode: bool | None = ABSENT
    sampling_rate: float | None = ABSENT
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
        ("enabled", "enabled"),
        ("filter_rules", "filter_rules"),
        ("name", "name"),
        ("privacy_mode", "privacy_mode"),
        ("sampling_rate", "sampling_rate"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_filter_rules_config_nullable import (
            ObservabilityFilterRulesConfigNullable,
        )
        from ..models.update_observability_destination_request_config import (
            UpdateObservabilityDestinationRequestConfig,
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
            config = UpdateObservabilityDestinationRequestConfig.from_dict(raw__)

            return config

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

        return {
            "api_key_hashes": api_key_hashes_,
            "config": config_,
            "filter_rules": filter_rules_,
        }
