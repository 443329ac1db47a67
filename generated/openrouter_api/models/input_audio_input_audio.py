from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.input_audio_input_audio_format import InputAudioInputAudioFormat


@_attrs_define(slots=False, repr=False)
class InputAudioInputAudio(LazyModel):
    """
    Attributes:
        data (str):
        format (InputAudioInputAudioFormat):
    """

    data: str
    format: InputAudioInputAudioFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("format", "format"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "format",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.input_audio_input_audio_format import InputAudioInputAudioFormat

        def format_(raw__: Any) -> Any:
            format = InputAudioInputAudioFormat(raw__)

            return format

        return {
            "format": format_,
        }
