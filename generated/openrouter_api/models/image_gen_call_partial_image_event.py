from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.image_gen_call_partial_image_event_type import (
        ImageGenCallPartialImageEventType,
    )


@_attrs_define(slots=False, repr=False)
class ImageGenCallPartialImageEvent(LazyModel):
    """Image generation call with partial image

    Example:
        {'item_id': 'call-123', 'output_index': 0, 'partial_image_b64': 'base64encodedimage...', 'partial_image_index':
            0, 'sequence_number': 3, 'type': 'response.image_generation_call.partial_image'}

    Attributes:
        item_id (str):
        output_index (int):
        partial_image_b64 (str):
        partial_image_index (int):
        sequence_number (int):
        type (ImageGenCallPartialImageEventType):
    """

    item_id: str
    output_index: int
    partial_image_b64: str
    partial_image_index: int
    sequence_number: int
    type: ImageGenCallPartialImageEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("partial_image_b64", "partial_image_b64"),
        ("partial_image_index", "partial_image_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "item_id",
            "output_index",
            "partial_image_b64",
            "partial_image_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.image_generation_call.partial_image"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.image_gen_call_partial_image_event_type import (
            ImageGenCallPartialImageEventType,
        )

        def type_(raw__: Any) -> Any:
            type = ImageGenCallPartialImageEventType(raw__)

            return type

        return {
            "type": type_,
        }
