from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.image_gen_stream_error_event_error import (
        ImageGenStreamErrorEventError,
    )
    from ..models.image_gen_stream_error_event_type import ImageGenStreamErrorEventType


@_attrs_define(slots=False, repr=False)
class ImageGenStreamErrorEvent(LazyModel):
    """Emitted when streaming generation fails after the SSE response starts

    Example:
        {'error': {'code': 'upstream_error', 'message': 'The upstream provider returned an error', 'param': None,
            'type': 'provider_error'}, 'type': 'error'}

    Attributes:
        error (ImageGenStreamErrorEventError): Provider error details
        type (ImageGenStreamErrorEventType): The event type
    """

    error: ImageGenStreamErrorEventError
    type: ImageGenStreamErrorEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error", "error"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "error"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_gen_stream_error_event_error import (
            ImageGenStreamErrorEventError,
        )
        from ..models.image_gen_stream_error_event_type import (
            ImageGenStreamErrorEventType,
        )

        def error_(raw__: Any) -> Any:
            error = ImageGenStreamErrorEventError.from_dict(raw__)

            return error

        def type_(raw__: Any) -> Any:
            type = ImageGenStreamErrorEventType(raw__)

            return type

        return {
            "error": error_,
            "type": type_,
        }
