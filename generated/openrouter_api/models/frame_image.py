from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.frame_image_frame_type import FrameImageFrameType
    from ..models.frame_image_image_url import FrameImageImageUrl
    from ..models.frame_image_type import FrameImageType


@_attrs_define(slots=False, repr=False)
class FrameImage(LazyModel):
    """
    Example:
        {'frame_type': 'first_frame', 'image_url': {'url': 'https://example.com/image.png'}, 'type': 'image_url'}

    Attributes:
        image_url (FrameImageImageUrl):
        type (FrameImageType):
        frame_type (FrameImageFrameType): Whether this image represents the first or last frame of the video Example:
            first_frame.
    """

    image_url: FrameImageImageUrl
    type: FrameImageType
    frame_type: FrameImageFrameType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image_url", "image_url"),
        ("type", "type"),
        ("frame_type", "frame_type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "image_url",
            "type",
            "frame_type",
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

        from ..models.frame_image_frame_type import FrameImageFrameType
        from ..models.frame_image_image_url import FrameImageImageUrl
        from ..models.frame_image_type import FrameImageType

        def image_url_(raw__: Any) -> Any:
            image_url = FrameImageImageUrl.from_dict(raw__)

            return image_url

        def type_(raw__: Any) -> Any:
            type = FrameImageType(raw__)

            return type

        def frame_type_(raw__: Any) -> Any:
            frame_type = FrameImageFrameType(raw__)

            return frame_type

        return {
            "image_url": image_url_,
            "type": type_,
            "frame_type": frame_type_,
        }
