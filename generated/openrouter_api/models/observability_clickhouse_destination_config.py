from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_clickhouse_destination_config_headers import (
        ObservabilityClickhouseDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityClickhouseDestinationConfig(LazyModel):
    """
    Attributes:
        database (str):
        host (str):
        password (str):
        username (str): If you have not set a specific username in ClickHouse, simply type in 'default' below.
        headers (ObservabilityClickhouseDestinationConfigHeaders | None): Custom HTTP headers to include in requests to
            this destination.
        table (str | None):  Default: 'OPENROUTER_TRACES'.
    """

    database: str
    host: str
    password: str
    username: str
    headers: ObservabilityClickhouseDestinationConfigHeaders | None = ABSENT
    table: str | None = "OPENROUTER_TRACES"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("database", "database"),
        ("host", "host"),
        ("password", "password"),
        ("username", "username"),
        ("headers", "headers"),
        ("table", "table"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "database",
            "host",
            "password",
            "username",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_clickhouse_destination_config_headers import (
            ObservabilityClickhouseDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityClickhouseDestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
