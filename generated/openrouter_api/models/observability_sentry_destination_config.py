from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_sentry_destination_config_headers import (
        ObservabilitySentryDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilitySentryDestinationConfig(LazyModel):
    """
    Attributes:
        dsn (str):
        otlp_endpoint (str):
        headers (ObservabilitySentryDestinationConfigHeaders | None): Custom HTTP headers to include in requests to this
            destination.
    """

    dsn: str
    otlp_endpoint: str
    headers: ObservabilitySentryDestinationConfigHeaders | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("dsn", "dsn"),
        ("otlp_endpoint", "otlpEndpoint"),
        ("headers", "headers"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "dsn",
            "otlpEndpoint",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_sentry_destination_config_headers import (
            ObservabilitySentryDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilitySentryDestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
