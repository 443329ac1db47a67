from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_url_image_source_type import AnthropicUrlImageSourceType


@_attrs_define(slots=False, repr=False)
class AnthropicUrlImageSource(LazyModel):
    """
    Example:
        {'type': 'url', 'url': 'https://example.com/image.jpg'}

    Attributes:
        type (AnthropicUrlImageSourceType):
        url (str):
    """

    type: AnthropicUrlImageSourceType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "url"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_url_image_source_type import AnthropicUrlImageSourceType

        def type_(raw__: Any) -> Any:
            type = AnthropicUrlImageSourceType(raw__)

            return type

        return {
            "type": type_,
        }
