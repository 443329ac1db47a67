from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_s3_destination_config_headers import (
        ObservabilityS3DestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityS3DestinationConfig(LazyModel):
    """
    Attributes:
        access_key_id (str):
        bucket_name (str):
        secret_access_key (str):
        endpoint (str | None): Only for S3-compatible services like Cloudflare R2 (https://account-
            id.r2.cloudflarestorage.com) or MinIO. Leave blank for standard AWS S3.
        headers (ObservabilityS3DestinationConfigHeaders | None): Custom HTTP headers to include in requests to this
            destination.
        path_template (str | None): Template for S3 object path. The filename ({traceId}-{timestamp}.json) is
            automatically appended. Available variables: {prefix}, {date}, {year}, {month}, {day}, {apiKeyName} Default:
            '{prefix}/{date}'.
        prefix (str | None):  Default: 'openrouter-traces'.
        region (str | None):
        session_token (str | None):
    """

    access_key_id: str
    bucket_name: str
    secret_access_key: str
    endpoint: str | None = ABSENT
    headers: ObservabilityS3DestinationConfigHeaders | None = ABSENT
    path_template: str | None = "{prefix}/{date}"
    prefix: str | None = "openrouter-traces"
    region: str | None = ABSENT
    session_token: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("access_key_id", "accessKeyId"),
        ("bucket_name", "bucketName"),
        ("secret_access_key", "secretAccessKey"),
        ("endpoint", "endpoint"),
        ("headers", "headers"),
        ("path_template", "pathTemplate"),
        ("prefix", "prefix"),
        ("region", "region"),
        ("session_token", "sessionToken"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "accessKeyId",
            "bucketName",
            "secretAccessKey",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_s3_destination_config_headers import (
            ObservabilityS3DestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityS3DestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
