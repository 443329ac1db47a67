from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_base_64_image_source_type import (
        AnthropicBase64ImageSourceType,
    )
    from ..models.anthropic_image_mime_type import AnthropicImageMimeType


@_attrs_define(slots=False, repr=False)
class AnthropicBase64ImageSource(LazyModel):
    """
    Example:
        {'data': '/9j/4AAQ...', 'media_type': 'image/jpeg', 'type': 'base64'}

    Attributes:
        data (str):
        media_type (AnthropicImageMimeType):  Example: image/jpeg.
        type (AnthropicBase64ImageSourceType):
    """

    data: str
    media_type: AnthropicImageMimeType
    type: AnthropicBase64ImageSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("media_type", "media_type"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "media_type",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "base64"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_base_64_image_source_type import (
            AnthropicBase64ImageSourceType,
        )
        from ..models.anthropic_image_mime_type import AnthropicImageMimeType

        def media_type_(raw__: Any) -> Any:
            media_type = AnthropicImageMimeType(raw__)

            return media_type

        def type_(raw__: Any) -> Any:
            type = AnthropicBase64ImageSourceType(raw__)

            return type

        return {
            "media_type": media_type_,
            "type": type_,
        }
