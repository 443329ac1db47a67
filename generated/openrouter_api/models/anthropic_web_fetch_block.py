from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_document_block import AnthropicDocumentBlock
    from ..models.anthropic_web_fetch_block_type import AnthropicWebFetchBlockType


@_attrs_define(slots=False, repr=False)
class AnthropicWebFetchBlock(LazyModel):
    """
    Example:
        {'content': {'citations': None, 'source': {'data': '', 'media_type': 'text/plain', 'type': 'text'}, 'title':
            None, 'type': 'document'}, 'retrieved_at': None, 'type': 'web_fetch_result', 'url': 'https://example.com'}

    Attributes:
        content (AnthropicDocumentBlock):  Example: {'citations': None, 'source': {'data': 'Hello, world!',
            'media_type': 'text/plain', 'type': 'text'}, 'title': None, 'type': 'document'}.
        retrieved_at (str | None):
        type (AnthropicWebFetchBlockType):
        url (str):
    """

    content: AnthropicDocumentBlock
    retrieved_at: str | None
    type: AnthropicWebFetchBlockType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("retrieved_at", "retrieved_at"),
        ("type", "type"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "retrieved_at",
            "type",
            "url",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "web_fetch_result"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_document_block import AnthropicDocumentBlock
        from ..models.anthropic_web_fetch_block_type import AnthropicWebFetchBlockType

        def content_(raw__: Any) -> Any:
            content = AnthropicDocumentBlock.from_dict(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicWebFetchBlockType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
