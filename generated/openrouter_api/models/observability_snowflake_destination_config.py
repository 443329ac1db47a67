from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_snowflake_destination_config_headers import (
        ObservabilitySnowflakeDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilitySnowflakeDestinationConfig(LazyModel):
    """
    Attributes:
        account (str):
        token (str):
        database (str | None):  Default: 'SNOWFLAKE_LEARNING_DB'.
        headers (ObservabilitySnowflakeDestinationConfigHeaders | None): Custom HTTP headers to include in requests to
            this destination.
        schema (str | None):  Default: 'PUBLIC'.
        table (str | None):  Default: 'OPENROUTER_TRACES'.
        warehouse (str | None):  Default: 'COMPUTE_WH'.
    """

    account: str
    token: str
    database: str | None = "SNOWFLAKE_LEARNING_DB"
    headers: ObservabilitySnowflakeDestinationConfigHeaders | None = ABSENT
    schema: str | None = "PUBLIC"
    table: str | None = "OPENROUTER_TRACES"
    warehouse: str | None = "COMPUTE_WH"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account", "account"),
        ("token", "token"),
        ("database", "database"),
        ("headers", "headers"),
        ("schema", "schema"),
        ("table", "table"),
        ("warehouse", "warehouse"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "account",
            "token",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_snowflake_destination_config_headers import (
            ObservabilitySnowflakeDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilitySnowflakeDestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
