from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_arize_destination_config_headers import (
        ObservabilityArizeDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityArizeDestinationConfig(LazyModel):
    """
    Attributes:
        api_key (str):
        model_id (str): The name of the tracing project in Arize AX
        space_key (str):
        base_url (str | None):  Default: 'https://otlp.arize.com'.
        headers (ObservabilityArizeDestinationConfigHeaders | None): Custom HTTP headers to include in requests to this
            destination.
    """

    api_key: str
    model_id: str
    space_key: str
    base_url: str | None = "https://otlp.arize.com"
    headers: ObservabilityArizeDestinationConfigHeaders | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("api_key", "apiKey"),
        ("model_id", "modelId"),
        ("space_key", "spaceKey"),
        ("base_url", "baseUrl"),
        ("headers", "headers"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "apiKey",
            "modelId",
            "spaceKey",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_arize_destination_config_headers import (
            ObservabilityArizeDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityArizeDestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
