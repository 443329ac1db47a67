from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_file_annotation_file_content_item import (
        ChatFileAnnotationFileContentItem,
    )


@_attrs_define(slots=False, repr=False)
class ChatFileAnnotationFile(LazyModel):
    """
    Attributes:
        hash_ (str):
        name (str | None):
        content (list[ChatFileAnnotationFileContentItem] | None):
    """

    hash_: str
    name: str | None = ABSENT
    content: list[ChatFileAnnotationFileContentItem] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("hash_", "hash"),
        ("name", "name"),
        ("content", "content"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "hash",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_file_annotation_file_content_item import (
            ChatFileAnnotationFileContentItem,
        )

        def content_(raw__: Any) -> Any:
            content = []
            _content = raw__
            for content_item_data in _content:
                content_item = ChatFileAnnotationFileContentItem.from_dict(
                    content_item_data
                )

                content.append(content_item)

            return content

        return {
            "content": content_,
        }
