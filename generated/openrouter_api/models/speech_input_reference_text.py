from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.speech_input_reference_text_type import SpeechInputReferenceTextType


@_attrs_define(slots=False, repr=False)
class SpeechInputReferenceText(LazyModel):
    """Transcript of the accompanying reference audio

    Example:
        {'text': 'I used to rule the world.', 'type': 'text'}

    Attributes:
        text (str): Transcript of the accompanying reference audio. Example: I used to rule the world..
        type (SpeechInputReferenceTextType):
    """

    text: str
    type: SpeechInputReferenceTextType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "text"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.speech_input_reference_text_type import (
            SpeechInputReferenceTextType,
        )

        def type_(raw__: Any) -> Any:
            type = SpeechInputReferenceTextType(raw__)

            return type

        return {
            "type": type_,
        }
