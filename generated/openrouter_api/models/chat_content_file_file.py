from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ChatContentFileFile(LazyModel):
    """
    Attributes:
        file_data (str | None): File content as base64 data URL or URL
        file_id (str | None): File ID for previously uploaded files
        filename (str | None): Original filename
    """

    file_data: str | None = ABSENT
    file_id: str | None = ABSENT
    filename: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_data", "file_data"),
        ("file_id", "file_id"),
        ("filename", "filename"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
