from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_weave_destination_config_headers import (
        ObservabilityWeaveDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityWeaveDestinationConfig(LazyModel):
    """
    Attributes:
        api_key (str):
        entity (str):
        project (str):
        base_url (str | None):  Default: 'https://trace.wandb.ai'.
        headers (ObservabilityWeaveDestinationConfigHeaders | None): Custom HTTP headers to include in requests to this
            destination.
    """

    api_key: str
    entity: str
    project: str
    base_url: str | None = "https://trace.wandb.ai"
    headers: ObservabilityWeaveDestinationConfigHeaders | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("api_key", "apiKey"),
        ("entity", "entity"),
        ("project", "project"),
        ("base_url", "baseUrl"),
        ("headers", "headers"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "apiKey",
            "entity",
            "project",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_weave_destination_config_headers import (
            ObservabilityWeaveDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityWeaveDestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
