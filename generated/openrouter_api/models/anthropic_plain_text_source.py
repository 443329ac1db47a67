from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_plain_text_source_media_type import (
        AnthropicPlainTextSourceMediaType,
    )
    from ..models.anthropic_plain_text_source_type import AnthropicPlainTextSourceType


@_attrs_define(slots=False, repr=False)
class AnthropicPlainTextSource(LazyModel):
    """
    Example:
        {'data': 'Hello, world!', 'media_type': 'text/plain', 'type': 'text'}

    Attributes:
        data (str):
        media_type (AnthropicPlainTextSourceMediaType):
        type (AnthropicPlainTextSourceType):
    """

    data: str
    media_type: AnthropicPlainTextSourceMediaType
    type: AnthropicPlainTextSourceType
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
        ("media_type", "text/plain"),
        ("type", "text"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_plain_text_source_media_type import (
            AnthropicPlainTextSourceMediaType,
        )
        from ..models.anthropic_plain_text_source_type import (
            AnthropicPlainTextSourceType,
        )

        def media_type_(raw__: Any) -> Any:
            media_type = AnthropicPlainTextSourceMediaType(raw__)

            return media_type

        def type_(raw__: Any) -> Any:
            type = AnthropicPlainTextSourceType(raw__)

            return type

        return {
            "media_type": media_type_,
            "type": type_,
        }
