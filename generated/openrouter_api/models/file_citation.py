from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.file_citation_type import FileCitationType


@_attrs_define(slots=False, repr=False)
class FileCitation(LazyModel):
    """
    Example:
        {'file_id': 'file-abc123', 'filename': 'research_paper.pdf', 'index': 0, 'type': 'file_citation'}

    Attributes:
        file_id (str):
        filename (str):
        index (int):
        type (FileCitationType):
    """

    file_id: str
    filename: str
    index: int
    type: FileCitationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("filename", "filename"),
        ("index", "index"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "file_id",
            "filename",
            "index",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "file_citation"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.file_citation_type import FileCitationType

        def type_(raw__: Any) -> Any:
            type = FileCitationType(raw__)

            return type

        return {
            "type": type_,
        }
