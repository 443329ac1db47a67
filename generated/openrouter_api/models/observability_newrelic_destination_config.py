from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_newrelic_destination_config_region import (
    ObservabilityNewrelicDestinationConfigRegion,
)
from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_newrelic_destination_config_headers import (
        ObservabilityNewrelicDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityNewrelicDestinationConfig(LazyModel):
    """
    Attributes:
        license_key (str):
        headers (ObservabilityNewrelicDestinationConfigHeaders | None): Custom HTTP headers to include in requests to
            this destination.
        region (ObservabilityNewrelicDestinationConfigRegion | None):  Default:
            ObservabilityNewrelicDestinationConfigRegion.US.
    """

    license_key: str
    headers: ObservabilityNewrelicDestinationConfigHeaders | None = ABSENT
    region: ObservabilityNewrelicDestinationConfigRegion | None = (
        ObservabilityNewrelicDestinationConfigRegion.US
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("license_key", "licenseKey"),
        ("headers", "headers"),
        ("region", "region"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "licenseKey",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_newrelic_destination_config_headers import (
            ObservabilityNewrelicDestinationConfigHeaders,
        )
        from ..models.observability_newrelic_destination_config_region import (
            ObservabilityNewrelicDestinationConfigRegion,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityNewrelicDestinationConfigHeaders.from_dict(raw__)

            return headers

        def region_(raw__: Any) -> Any:
            region = ObservabilityNewrelicDestinationConfigRegion(raw__)

            return region

        return {
            "headers": headers_,
            "region": region_,
        }
