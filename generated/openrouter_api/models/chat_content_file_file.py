from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset


@_attrs_define(slots=False, repr=False)
class ChatContentFileFile(LazyModel):
    """
    Attributes:
        file_data (str | Unset): File content as base64 data URL or URL
        file_id (str | Unset): File ID for previously uploaded files
        filename (str | Unset): Original filename
    """

    file_data: str | Unset = UNSET
    file_id: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_data", "file_data"),
        ("file_id", "file_id"),
        ("filename", "filename"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
