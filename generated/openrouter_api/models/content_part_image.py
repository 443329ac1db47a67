from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.content_part_image_image_url import ContentPartImageImageUrl
    from ..models.content_part_image_type import ContentPartImageType


@_attrs_define(slots=False, repr=False)
class ContentPartImage(LazyModel):
    """
    Example:
        {'image_url': {'url': 'https://example.com/image.png'}, 'type': 'image_url'}

    Attributes:
        image_url (ContentPartImageImageUrl):
        type (ContentPartImageType):
    """

    image_url: ContentPartImageImageUrl
    type: ContentPartImageType
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

        from ..models.content_part_image_image_url import ContentPartImageImageUrl
        from ..models.content_part_image_type import ContentPartImageType

        def image_url_(raw__: Any) -> Any:
            image_url = ContentPartImageImageUrl.from_dict(raw__)

            return image_url

        def type_(raw__: Any) -> Any:
            type = ContentPartImageType(raw__)

            return type

        return {
            "image_url": image_url_,
            "type": type_,
        }
