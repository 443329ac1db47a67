from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_file_annotation_file import ChatFileAnnotationFile
    from ..models.chat_file_annotation_type import ChatFileAnnotationType


@_attrs_define(slots=False, repr=False)
class ChatFileAnnotation(LazyModel):
    """A file as OpenRouter parsed it (send it back with the message to skip parsing again)

    Attributes:
        type (ChatFileAnnotationType):
        file (ChatFileAnnotationFile):
    """

    type: ChatFileAnnotationType
    file: ChatFileAnnotationFile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("file", "file"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "file",
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

        from ..models.chat_file_annotation_file import ChatFileAnnotationFile
        from ..models.chat_file_annotation_type import ChatFileAnnotationType

        def type_(raw__: Any) -> Any:
            type = ChatFileAnnotationType(raw__)

            return type

        def file_(raw__: Any) -> Any:
            file = ChatFileAnnotationFile.from_dict(raw__)

            return file

        return {
            "type": type_,
            "file": file_,
        }
