from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class UploadFileBody(LazyModel):
    """
    Attributes:
        file (File):
    """

    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("file", "file"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "file",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from io import BytesIO

        def file_(raw__: Any) -> Any:
            file = File(payload=BytesIO(raw__))

            return file

        return {
            "file": file_,
        }

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
