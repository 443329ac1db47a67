from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_datadog_destination_config_headers import (
        ObservabilityDatadogDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityDatadogDestinationConfig(LazyModel):
    """
    Attributes:
        api_key (str): Datadog API key must have LLM Observability permissions. Create at:
        ml_app (str): Name to identify your application in Datadog LLM Observability
        headers (ObservabilityDatadogDestinationConfigHeaders | None): Custom HTTP headers to include in requests to
            this destination.
        url (str | None): Datadog API URL for your region (e.g., https://api.datadoghq.com,
            https://api.us3.datadoghq.com, https://api.datadoghq.eu) Default: 'https://api.us5.datadoghq.com'.
    """

    api_key: str
    ml_app: str
    headers: ObservabilityDatadogDestinationConfigHeaders | None = ABSENT
    url: str | None = "https://api.us5.datadoghq.com"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("api_key", "apiKey"),
        ("ml_app", "mlApp"),
        ("headers", "headers"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "apiKey",
            "mlApp",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_datadog_destination_config_headers import (
            ObservabilityDatadogDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityDatadogDestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
