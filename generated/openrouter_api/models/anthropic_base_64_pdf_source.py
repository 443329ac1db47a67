from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_base_64_pdf_source_media_type import (
        AnthropicBase64PdfSourceMediaType,
    )
    from ..models.anthropic_base_64_pdf_source_type import AnthropicBase64PdfSourceType


@_attrs_define(slots=False, repr=False)
class AnthropicBase64PdfSource(LazyModel):
    """
    Example:
        {'data': 'JVBERi0x...', 'media_type': 'application/pdf', 'type': 'base64'}

    Attributes:
        data (str):
        media_type (AnthropicBase64PdfSourceMediaType):
        type (AnthropicBase64PdfSourceType):
    """

    data: str
    media_type: AnthropicBase64PdfSourceMediaType
    type: AnthropicBase64PdfSourceType
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("media_type", "application/pdf"),
        ("type", "base64"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_base_64_pdf_source_media_type import (
            AnthropicBase64PdfSourceMediaType,
        )
        from ..models.anthropic_base_64_pdf_source_type import (
            AnthropicBase64PdfSourceType,
        )

        def media_type_(raw__: Any) -> Any:
            media_type = AnthropicBase64PdfSourceMediaType(raw__)

            return media_type

        def type_(raw__: Any) -> Any:
            type = AnthropicBase64PdfSourceType(raw__)

            return type

        return {
            "media_type": media_type_,
            "type": type_,
        }
