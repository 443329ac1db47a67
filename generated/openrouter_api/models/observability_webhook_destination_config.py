from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_webhook_destination_config_method import (
    ObservabilityWebhookDestinationConfigMethod,
)
from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_webhook_destination_config_headers import (
        ObservabilityWebhookDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityWebhookDestinationConfig(LazyModel):
    """
    Attributes:
        url (str):
        headers (ObservabilityWebhookDestinationConfigHeaders | None):
        method (ObservabilityWebhookDestinationConfigMethod | None):  Default:
            ObservabilityWebhookDestinationConfigMethod.POST.
    """

    url: str
    headers: ObservabilityWebhookDestinationConfigHeaders | None = ABSENT
    method: ObservabilityWebhookDestinationConfigMethod | None = (
        ObservabilityWebhookDestinationConfigMethod.POST
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("headers", "headers"),
        ("method", "method"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_webhook_destination_config_headers import (
            ObservabilityWebhookDestinationConfigHeaders,
        )
        from ..models.observability_webhook_destination_config_method import (
            ObservabilityWebhookDestinationConfigMethod,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityWebhookDestinationConfigHeaders.from_dict(raw__)

            return headers

        def method_(raw__: Any) -> Any:
            method = ObservabilityWebhookDestinationConfigMethod(raw__)

            return method

        return {
            "headers": headers_,
            "method": method_,
        }
