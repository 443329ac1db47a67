from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.provider_response_provider_name import ProviderResponseProviderName
    from ..models.provider_response_routed_service_tier import (
        ProviderResponseRoutedServiceTier,
    )


@_attrs_define(slots=False, repr=False)
class ProviderResponse(LazyModel):
    """Details of a provider response for a generation attempt

    Example:
        {'endpoint_id': 'ep_abc123', 'id': 'chatcmpl-abc123', 'is_byok': False, 'latency': 1200, 'model_permaslug':
            'openai/gpt-4', 'provider_name': 'OpenAI', 'status': 200}

    Attributes:
        status (int | None): HTTP status code from the provider Example: 200.
        endpoint_id (str | None): Internal endpoint identifier Example: ep_abc123.
        id (str | None): Upstream provider response identifier Example: chatcmpl-abc123.
        is_byok (bool | None): Whether the request used a bring-your-own-key Example: False.
        latency (float | None): Response latency in milliseconds Example: 1200.
        model_permaslug (str | None): Canonical model slug Example: openai/gpt-4.
        provider_name (ProviderResponseProviderName | None): Name of the provider Example: OpenAI.
        routed_service_tier (ProviderResponseRoutedServiceTier | None): The service tier this request was routed to
            (e.g. flex, priority). The tier actually applied and billed is determined by the provider response and may
            differ. Example: priority.
    """

    status: int | None
    endpoint_id: str | None = ABSENT
    id: str | None = ABSENT
    is_byok: bool | None = ABSENT
    latency: float | None = ABSENT
    model_permaslug: str | None = ABSENT
    provider_name: ProviderResponseProviderName | None = ABSENT
    routed_service_tier: ProviderResponseRoutedServiceTier | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("endpoint_id", "endpoint_id"),
        ("id", "id"),
        ("is_byok", "is_byok"),
        ("latency", "latency"),
        ("model_permaslug", "model_permaslug"),
        ("provider_name", "provider_name"),
        ("routed_service_tier", "routed_service_tier"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.provider_response_provider_name import (
            ProviderResponseProviderName,
        )
        from ..models.provider_response_routed_service_tier import (
            ProviderResponseRoutedServiceTier,
        )

        def provider_name_(raw__: Any) -> Any:
            provider_name = ProviderResponseProviderName(raw__)

            return provider_name

        def routed_service_tier_(raw__: Any) -> Any:
            routed_service_tier = ProviderResponseRoutedServiceTier(raw__)

            return routed_service_tier

        return {
            "provider_name": provider_name_,
            "routed_service_tier": routed_service_tier_,
        }
