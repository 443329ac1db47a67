from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.file_path_type import FilePathType


@_attrs_define(slots=False, repr=False)
class FilePath(LazyModel):
    """
    Example:
        {'file_id': 'file-xyz789', 'index': 0, 'type': 'file_path'}

    Attributes:
        file_id (str):
        index (int):
        type (FilePathType):
    """

    file_id: str
    index: int
    type: FilePathType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("index", "index"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "file_id",
            "index",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "file_path"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.file_path_type import FilePathType

        def type_(raw__: Any) -> Any:
            type = FilePathType(raw__)

            return type

        return {
            "type": type_,
        }
