from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.input_video_type import InputVideoType


@_attrs_define(slots=False, repr=False)
class InputVideo(LazyModel):
    """Video input content item

    Example:
        {'type': 'input_video', 'video_url': 'https://example.com/video.mp4'}

    Attributes:
        type (InputVideoType):
        video_url (str): A base64 data URL or remote URL that resolves to a video file
    """

    type: InputVideoType
    video_url: str
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_video"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.input_video_type import InputVideoType

        def type_(raw__: Any) -> Any:
            type = InputVideoType(raw__)

            return type

        return {
            "type": type_,
        }
