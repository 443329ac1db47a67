from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_langfuse_destination_config_headers import (
        ObservabilityLangfuseDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityLangfuseDestinationConfig(LazyModel):
    """
    Attributes:
        public_key (str):
        secret_key (str):
        base_url (str | None):  Default: 'https://us.cloud.langfuse.com'.
        headers (ObservabilityLangfuseDestinationConfigHeaders | None): Custom HTTP headers to include in requests to
            this destination.
    """

    public_key: str
    secret_key: str
    base_url: str | None = "https://us.cloud.langfuse.com"
    headers: ObservabilityLangfuseDestinationConfigHeaders | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("public_key", "publicKey"),
        ("secret_key", "secretKey"),
        ("base_url", "baseUrl"),
        ("headers", "headers"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "publicKey",
            "secretKey",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_langfuse_destination_config_headers import (
            ObservabilityLangfuseDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityLangfuseDestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
