from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.content_part_input_video_type import ContentPartInputVideoType
    from ..models.multimodal_media import MultimodalMedia


@_attrs_define(slots=False, repr=False)
class ContentPartInputVideo(LazyModel):
    """
    Example:
        {'input_video': {'data': 'data:video/mp4;base64,AAAAGGZ0eXBtcDQyAAAAAGlzb21tcDQy...', 'format': 'mp4'}, 'type':
            'input_video'}

    Attributes:
        input_video (MultimodalMedia):  Example: {'data': 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAA...',
            'format': 'wav'}.
        type (ContentPartInputVideoType):
    """

    input_video: MultimodalMedia
    type: ContentPartInputVideoType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_video", "input_video"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_video",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_video",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_video"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.content_part_input_video_type import ContentPartInputVideoType
        from ..models.multimodal_media import MultimodalMedia

        def input_video_(raw__: Any) -> Any:
            input_video = MultimodalMedia.from_dict(raw__)

            return input_video

        def type_(raw__: Any) -> Any:
            type = ContentPartInputVideoType(raw__)

            return type

        return {
            "input_video": input_video_,
            "type": type_,
        }
