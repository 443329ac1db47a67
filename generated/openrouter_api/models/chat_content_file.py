from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_content_file_file import ChatContentFileFile
    from ..models.chat_content_file_type import ChatContentFileType


@_attrs_define(slots=False, repr=False)
class ChatContentFile(LazyModel):
    """File content part for document processing

    Example:
        {'file': {'file_data': 'https://example.com/document.pdf', 'filename': 'document.pdf'}, 'type': 'file'}

    Attributes:
        file (ChatContentFileFile):
        type (ChatContentFileType):
    """

    file: ChatContentFileFile
    type: ChatContentFileType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file", "file"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "file",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "file",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "file"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_content_file_file import ChatContentFileFile
        from ..models.chat_content_file_type import ChatContentFileType

        def file_(raw__: Any) -> Any:
            file = ChatContentFileFile.from_dict(raw__)

            return file

        def type_(raw__: Any) -> Any:
            type = ChatContentFileType(raw__)

            return type

        return {
            "file": file_,
            "type": type_,
        }
