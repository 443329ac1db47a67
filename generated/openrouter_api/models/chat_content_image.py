from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_content_image_image_url import ChatContentImageImageUrl
    from ..models.chat_content_image_type import ChatContentImageType


@_attrs_define(slots=False, repr=False)
class ChatContentImage(LazyModel):
    """Image content part for vision models

    Example:
        {'image_url': {'detail': 'auto', 'url': 'https://example.com/image.jpg'}, 'type': 'image_url'}

    Attributes:
        image_url (ChatContentImageImageUrl):
        type (ChatContentImageType):
    """

    image_url: ChatContentImageImageUrl
    type: ChatContentImageType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image_url", "image_url"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "image_url",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "image_url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "image_url"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_content_image_image_url import ChatContentImageImageUrl
        from ..models.chat_content_image_type import ChatContentImageType

        def image_url_(raw__: Any) -> Any:
            image_url = ChatContentImageImageUrl.from_dict(raw__)

            return image_url

        def type_(raw__: Any) -> Any:
            type = ChatContentImageType(raw__)

            return type

        return {
            "image_url": image_url_,
            "type": type_,
        }
