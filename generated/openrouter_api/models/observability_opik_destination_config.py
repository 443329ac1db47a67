from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_opik_destination_config_headers import (
        ObservabilityOpikDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityOpikDestinationConfig(LazyModel):
    """
    Attributes:
        api_key (str):
        project_name (str):
        workspace (str):
        headers (ObservabilityOpikDestinationConfigHeaders | None): Custom HTTP headers to include in requests to this
            destination.
    """

    api_key: str
    project_name: str
    workspace: str
    headers: ObservabilityOpikDestinationConfigHeaders | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("api_key", "apiKey"),
        ("project_name", "projectName"),
        ("workspace", "workspace"),
        ("headers", "headers"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "apiKey",
            "projectName",
            "workspace",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_opik_destination_config_headers import (
            ObservabilityOpikDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityOpikDestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
