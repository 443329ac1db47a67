from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.code_interpreter_file_output_type import CodeInterpreterFileOutputType


@_attrs_define(slots=False, repr=False)
class CodeInterpreterFileOutput(LazyModel):
    """
    Example:
        {'download_url': 'https://example.com/download/file_abc123', 'filename': 'summary.txt', 'id': 'file_abc123',
            'type': 'file'}

    Attributes:
        type (CodeInterpreterFileOutputType):
        download_url (str | None): Provider-issued download URL for the generated file. Typically signed and time-
            limited (see `expires_at`); fetch promptly rather than persisting the URL.
        error_code (str | None): Provider error code when generating or persisting the file failed; null or absent on
            success.
        expires_at (str | None): When the `download_url` stops working, as an ISO 8601 timestamp. After this time the
            file must be regenerated.
        filename (str | None):
        id (str | None):
        media_type (str | None):
        sha256 (str | None):
        size_bytes (int | None):
        status (str | None): Provider-reported readiness of the generated file (e.g. `ready`). Values other than `ready`
            indicate the artifact may not be downloadable.
    """

    type: CodeInterpreterFileOutputType
    download_url: str | None = ABSENT
    error_code: str | None = ABSENT
    expires_at: str | None = ABSENT
    filename: str | None = ABSENT
    id: str | None = ABSENT
    media_type: str | None = ABSENT
    sha256: str | None = ABSENT
    size_bytes: int | None = ABSENT
    status: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("download_url", "download_url"),
        ("error_code", "error_code"),
        ("expires_at", "expires_at"),
        ("filename", "filename"),
        ("id", "id"),
        ("media_type", "media_type"),
        ("sha256", "sha256"),
        ("size_bytes", "size_bytes"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "file"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.code_interpreter_file_output_type import (
            CodeInterpreterFileOutputType,
        )

        def type_(raw__: Any) -> Any:
            type = CodeInterpreterFileOutputType(raw__)

            return type

        return {
            "type": type_,
        }
