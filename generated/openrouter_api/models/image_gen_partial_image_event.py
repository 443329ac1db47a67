from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.image_gen_partial_image_event_type import (
        ImageGenPartialImageEventType,
    )


@_attrs_define(slots=False, repr=False)
class ImageGenPartialImageEvent(LazyModel):
    """Emitted when a partial image becomes available during streaming generation

    Example:
        {'b64_json': '<base64-encoded-partial-image>', 'partial_image_index': 0, 'type':
            'image_generation.partial_image'}

    Attributes:
        b64_json (str): Base64-encoded partial image data
        partial_image_index (int): 0-based index indicating which partial image this is in the sequence
        type (ImageGenPartialImageEventType): The event type
    """

    b64_json: str
    partial_image_index: int
    type: ImageGenPartialImageEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("b64_json", "b64_json"),
        ("partial_image_index", "partial_image_index"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "b64_json",
            "partial_image_index",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "image_generation.partial_image"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.image_gen_partial_image_event_type import (
            ImageGenPartialImageEventType,
        )

        def type_(raw__: Any) -> Any:
            type = ImageGenPartialImageEventType(raw__)

            return type

        return {
            "type": type_,
        }
