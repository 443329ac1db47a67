from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.content_part_video_type import ContentPartVideoType
    from ..models.content_part_video_video_url import ContentPartVideoVideoUrl


@_attrs_define(slots=False, repr=False)
class ContentPartVideo(LazyModel):
    """
    Example:
        {'type': 'video_url', 'video_url': {'url': 'https://example.com/clip.mp4'}}

    Attributes:
        type (ContentPartVideoType):
        video_url (ContentPartVideoVideoUrl):
    """

    type: ContentPartVideoType
    video_url: ContentPartVideoVideoUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("video_url", "video_url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "video_url",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "video_url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "video_url"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.content_part_video_type import ContentPartVideoType
        from ..models.content_part_video_video_url import ContentPartVideoVideoUrl

        def type_(raw__: Any) -> Any:
            type = ContentPartVideoType(raw__)

            return type

        def video_url_(raw__: Any) -> Any:
            video_url = ContentPartVideoVideoUrl.from_dict(raw__)

            return video_url

        return {
            "type": type_,
            "video_url": video_url_,
        }
