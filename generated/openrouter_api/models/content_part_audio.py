from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.content_part_audio_audio_url import ContentPartAudioAudioUrl
    from ..models.content_part_audio_type import ContentPartAudioType


@_attrs_define(slots=False, repr=False)
class ContentPartAudio(LazyModel):
    """
    Example:
        {'audio_url': {'url': 'https://example.com/audio.mp3'}, 'type': 'audio_url'}

    Attributes:
        audio_url (ContentPartAudioAudioUrl):
        type (ContentPartAudioType):
    """

    audio_url: ContentPartAudioAudioUrl
    type: ContentPartAudioType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio_url", "audio_url"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "audio_url",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "audio_url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "audio_url"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.content_part_audio_audio_url import ContentPartAudioAudioUrl
        from ..models.content_part_audio_type import ContentPartAudioType

        def audio_url_(raw__: Any) -> Any:
            audio_url = ContentPartAudioAudioUrl.from_dict(raw__)

            return audio_url

        def type_(raw__: Any) -> Any:
            type = ContentPartAudioType(raw__)

            return type

        return {
            "audio_url": audio_url_,
            "type": type_,
        }
