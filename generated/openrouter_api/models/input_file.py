from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.input_file_type import InputFileType


@_attrs_define(slots=False, repr=False)
class InputFile(LazyModel):
    """File input content item

    Example:
        {'file_id': 'file-abc123', 'filename': 'document.pdf', 'type': 'input_file'}

    Attributes:
        type (InputFileType):
        file_data (str | None):
        file_id (str | None):
        file_url (str | None):
        filename (str | None):
    """

    type: InputFileType
    file_data: str | None = ABSENT
    file_id: str | None = ABSENT
    file_url: str | None = ABSENT
    filename: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("file_data", "file_data"),
        ("file_id", "file_id"),
        ("file_url", "file_url"),
        ("filename", "filename"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_file"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.input_file_type import InputFileType

        def type_(raw__: Any) -> Any:
            type = InputFileType(raw__)

            return type

        return {
            "type": type_,
        }
