from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_content_audio_input_audio import ChatContentAudioInputAudio
    from ..models.chat_content_audio_type import ChatContentAudioType


@_attrs_define(slots=False, repr=False)
class ChatContentAudio(LazyModel):
    """Audio input content part. Supported audio formats vary by provider.

    Example:
        {'input_audio': {'data': 'SGVsbG8gV29ybGQ=', 'format': 'wav'}, 'type': 'input_audio'}

    Attributes:
        input_audio (ChatContentAudioInputAudio):
        type (ChatContentAudioType):
    """

    input_audio: ChatContentAudioInputAudio
    type: ChatContentAudioType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_audio", "input_audio"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_audio",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_audio",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_audio"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_content_audio_input_audio import ChatContentAudioInputAudio
        from ..models.chat_content_audio_type import ChatContentAudioType

        def input_audio_(raw__: Any) -> Any:
            input_audio = ChatContentAudioInputAudio.from_dict(raw__)

            return input_audio

        def type_(raw__: Any) -> Any:
            type = ChatContentAudioType(raw__)

            return type

        return {
            "input_audio": input_audio_,
            "type": type_,
        }
