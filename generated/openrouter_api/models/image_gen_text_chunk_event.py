from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.image_gen_text_chunk_event_phase import ImageGenTextChunkEventPhase
    from ..models.image_gen_text_chunk_event_type import ImageGenTextChunkEventType


@_attrs_define(slots=False, repr=False)
class ImageGenTextChunkEvent(LazyModel):
    """Emitted when a text chunk becomes available during streaming generation of text-based formats (e.g. SVG)

    Example:
        {'phase': 'content', 'text': '<svg xmlns="http://www.w3.org/2000/svg">', 'type': 'image_generation.text_chunk'}

    Attributes:
        phase (ImageGenTextChunkEventPhase): The generation phase this chunk belongs to. `content` is the renderable
            output; `reasoning` and `draft` are intermediate provider phases.
        text (str): A text fragment of the image being generated (e.g. partial SVG markup)
        type (ImageGenTextChunkEventType): The event type
    """

    phase: ImageGenTextChunkEventPhase
    text: str
    type: ImageGenTextChunkEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("phase", "phase"),
        ("text", "text"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "phase",
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "image_generation.text_chunk"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.image_gen_text_chunk_event_phase import (
            ImageGenTextChunkEventPhase,
        )
        from ..models.image_gen_text_chunk_event_type import ImageGenTextChunkEventType

        def phase_(raw__: Any) -> Any:
            phase = ImageGenTextChunkEventPhase(raw__)

            return phase

        def type_(raw__: Any) -> Any:
            type = ImageGenTextChunkEventType(raw__)

            return type

        return {
            "phase": phase_,
            "type": type_,
        }
