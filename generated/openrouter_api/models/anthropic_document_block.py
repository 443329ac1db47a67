from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from ..models.anthropic_citations_config import AnthropicCitationsConfig
    from ..models.anthropic_document_block_type import AnthropicDocumentBlockType
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource


@_attrs_define(slots=False, repr=False)
class AnthropicDocumentBlock(LazyModel):
    """
    Example:
        {'citations': None, 'source': {'data': 'Hello, world!', 'media_type': 'text/plain', 'type': 'text'}, 'title':
            None, 'type': 'document'}

    Attributes:
        source (AnthropicBase64PdfSource | AnthropicPlainTextSource):
        title (str | None):
        type (AnthropicDocumentBlockType):
        citations (AnthropicCitationsConfig | None):
    """

    source: AnthropicBase64PdfSource | AnthropicPlainTextSource
    title: str | None
    type: AnthropicDocumentBlockType
    citations: AnthropicCitationsConfig | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("source", "source"),
        ("title", "title"),
        ("type", "type"),
        ("citations", "citations"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "source",
            "title",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "document"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
        from ..models.anthropic_citations_config import AnthropicCitationsConfig
        from ..models.anthropic_document_block_type import AnthropicDocumentBlockType
        from ..models.anthropic_plain_text_source import AnthropicPlainTextSource

        def source_(raw__: Any) -> Any:
            def _parse_source(
                data: object,
            ) -> AnthropicBase64PdfSource | AnthropicPlainTextSource:
                if AnthropicBase64PdfSource.accepts(data):
                    source_type_0 = AnthropicBase64PdfSource.from_dict(data)

                    return source_type_0
                if AnthropicPlainTextSource.accepts(data):
                    source_type_1 = AnthropicPlainTextSource.from_dict(data)

                    return source_type_1
                if AnthropicBase64PdfSource.discriminated_by(data):
                    return AnthropicBase64PdfSource.from_dict(data)
                if AnthropicPlainTextSource.discriminated_by(data):
                    return AnthropicPlainTextSource.from_dict(data)
                return cast(AnthropicBase64PdfSource | AnthropicPlainTextSource, data)

            source = _parse_source(raw__)

            return source

        def type_(raw__: Any) -> Any:
            type = AnthropicDocumentBlockType(raw__)

            return type

        def citations_(raw__: Any) -> Any:
            def _parse_citations(data: object) -> AnthropicCitationsConfig | None:
                if data is None:
                    return data
                if AnthropicCitationsConfig.accepts(data):
                    citations_type_0 = AnthropicCitationsConfig.from_dict(data)

                    return citations_type_0
                if AnthropicCitationsConfig.discriminated_by(data):
                    return AnthropicCitationsConfig.from_dict(data)
                return cast(AnthropicCitationsConfig | None, data)

            citations = _parse_citations(raw__)

            return citations

        return {
            "source": source_,
            "type": type_,
            "citations": citations_,
        }
