from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_otel_collector_destination_config_headers import (
        ObservabilityOtelCollectorDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityOtelCollectorDestinationConfig(LazyModel):
    """
    Attributes:
        endpoint (str):
        headers (ObservabilityOtelCollectorDestinationConfigHeaders | None): Custom HTTP headers as a JSON object. For
            Axiom, use {"Authorization": "Bearer xaat-xxx", "X-Axiom-Dataset": "your-dataset"}
    """

    endpoint: str
    headers: ObservabilityOtelCollectorDestinationConfigHeaders | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("endpoint", "endpoint"),
        ("headers", "headers"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "endpoint",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_otel_collector_destination_config_headers import (
            ObservabilityOtelCollectorDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityOtelCollectorDestinationConfigHeaders.from_dict(
                raw__
            )

            return headers

        return {
            "headers": headers_,
        }
