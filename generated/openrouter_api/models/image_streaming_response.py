from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.image_gen_completed_event import ImageGenCompletedEvent
    from ..models.image_gen_partial_image_event import ImageGenPartialImageEvent
    from ..models.image_gen_stream_error_event import ImageGenStreamErrorEvent
    from ..models.image_gen_text_chunk_event import ImageGenTextChunkEvent


@_attrs_define(slots=False, repr=False)
class ImageStreamingResponse(LazyModel):
    """
    Example:
        {'data': {'b64_json': '<base64-encoded-partial-image>', 'partial_image_index': 0, 'type':
            'image_generation.partial_image'}}

    Attributes:
        data (ImageGenCompletedEvent | ImageGenPartialImageEvent | ImageGenStreamErrorEvent | ImageGenTextChunkEvent):
    """

    data: (
        ImageGenCompletedEvent
        | ImageGenPartialImageEvent
        | ImageGenStreamErrorEvent
        | ImageGenTextChunkEvent
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_gen_completed_event import ImageGenCompletedEvent
        from ..models.image_gen_partial_image_event import ImageGenPartialImageEvent
        from ..models.image_gen_stream_error_event import ImageGenStreamErrorEvent
        from ..models.image_gen_text_chunk_event import ImageGenTextChunkEvent

        def data_(raw__: Any) -> Any:
            def _parse_data(
                data: object,
            ) -> (
                ImageGenCompletedEvent
                | ImageGenPartialImageEvent
                | ImageGenStreamErrorEvent
                | ImageGenTextChunkEvent
            ):
                if ImageGenPartialImageEvent.accepts(data):
                    data_type_0 = ImageGenPartialImageEvent.from_dict(data)

                    return data_type_0
                if ImageGenTextChunkEvent.accepts(data):
                    data_type_1 = ImageGenTextChunkEvent.from_dict(data)

                    return data_type_1
                if ImageGenCompletedEvent.accepts(data):
                    data_type_2 = ImageGenCompletedEvent.from_dict(data)

                    return data_type_2
                if ImageGenStreamErrorEvent.accepts(data):
                    data_type_3 = ImageGenStreamErrorEvent.from_dict(data)

                    return data_type_3
                if ImageGenPartialImageEvent.discriminated_by(data):
                    return ImageGenPartialImageEvent.from_dict(data)
                if ImageGenTextChunkEvent.discriminated_by(data):
                    return ImageGenTextChunkEvent.from_dict(data)
                if ImageGenCompletedEvent.discriminated_by(data):
                    return ImageGenCompletedEvent.from_dict(data)
                if ImageGenStreamErrorEvent.discriminated_by(data):
                    return ImageGenStreamErrorEvent.from_dict(data)
                return cast(
                    ImageGenCompletedEvent
                    | ImageGenPartialImageEvent
                    | ImageGenStreamErrorEvent
                    | ImageGenTextChunkEvent,
                    data,
                )

            data = _parse_data(raw__)

            return data

        return {
            "data": data_,
        }
