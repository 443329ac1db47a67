from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.legacy_chat_content_video_input import LegacyChatContentVideoInput
    from ..models.legacy_chat_content_video_type import LegacyChatContentVideoType


@_attrs_define(slots=False, repr=False)
class LegacyChatContentVideo(LazyModel):
    """Video input content part (legacy format - deprecated)

    Example:
        {'type': 'input_video', 'video_url': {'url': 'https://example.com/video.mp4'}}

    Attributes:
        type (LegacyChatContentVideoType):
        video_url (LegacyChatContentVideoInput): Video input object Example: {'url': 'https://example.com/video.mp4'}.
    """

    type: LegacyChatContentVideoType
    video_url: LegacyChatContentVideoInput
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_video"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.legacy_chat_content_video_input import LegacyChatContentVideoInput
        from ..models.legacy_chat_content_video_type import LegacyChatContentVideoType

        def type_(raw__: Any) -> Any:
            type = LegacyChatContentVideoType(raw__)

            return type

        def video_url_(raw__: Any) -> Any:
            video_url = LegacyChatContentVideoInput.from_dict(raw__)

            return video_url

        return {
            "type": type_,
            "video_url": video_url_,
        }
