from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_assistant_images_item_image_url import (
        ChatAssistantImagesItemImageUrl,
    )


@_attrs_define(slots=False, repr=False)
class ChatAssistantImagesItem(LazyModel):
    """
    Attributes:
        image_url (ChatAssistantImagesItemImageUrl):
    """

    image_url: ChatAssistantImagesItemImageUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("image_url", "image_url"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "image_url",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "image_url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_assistant_images_item_image_url import (
            ChatAssistantImagesItemImageUrl,
        )

        def image_url_(raw__: Any) -> Any:
            image_url = ChatAssistantImagesItemImageUrl.from_dict(raw__)

            return image_url

        return {
            "image_url": image_url_,
        }
