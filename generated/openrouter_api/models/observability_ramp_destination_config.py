from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_ramp_destination_config_headers import (
        ObservabilityRampDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityRampDestinationConfig(LazyModel):
    """
    Attributes:
        api_key (str): Generate this in your Ramp integration settings.
        base_url (str | None):  Default: 'https://api.ramp.com/developer/v1/ai-usage/openrouter'.
        headers (ObservabilityRampDestinationConfigHeaders | None): Custom HTTP headers to include in requests to Ramp.
    """

    api_key: str
    base_url: str | None = "https://api.ramp.com/developer/v1/ai-usage/openrouter"
    headers: ObservabilityRampDestinationConfigHeaders | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("api_key", "apiKey"),
        ("base_url", "baseUrl"),
        ("headers", "headers"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "apiKey",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_ramp_destination_config_headers import (
            ObservabilityRampDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityRampDestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
