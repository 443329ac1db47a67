from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_document_block_param_citations import (
        AnthropicDocumentBlockParamCitations,
    )
    from ..models.anthropic_document_block_param_source import (
        AnthropicDocumentBlockParamSource,
    )
    from ..models.anthropic_document_block_param_type import (
        AnthropicDocumentBlockParamType,
    )
    from ..models.anthropic_file_document_source import AnthropicFileDocumentSource
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource
    from ..models.anthropic_url_pdf_source import AnthropicUrlPdfSource


@_attrs_define(slots=False, repr=False)
class AnthropicDocumentBlockParam(LazyModel):
    """
    Example:
        {'source': {'data': 'Hello, world!', 'media_type': 'text/plain', 'type': 'text'}, 'type': 'document'}

    Attributes:
        source (AnthropicBase64PdfSource | AnthropicDocumentBlockParamSource | AnthropicFileDocumentSource |
            AnthropicPlainTextSource | AnthropicUrlPdfSource):
        type (AnthropicDocumentBlockParamType):
        cache_control (AnthropicCacheControlDirective | None): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        citations (AnthropicDocumentBlockParamCitations | None):
        context (str | None):
        title (str | None):
    """

    source: (
        AnthropicBase64PdfSource
        | AnthropicDocumentBlockParamSource
        | AnthropicFileDocumentSource
        | AnthropicPlainTextSource
        | AnthropicUrlPdfSource
    )
    type: AnthropicDocumentBlockParamType
    cache_control: AnthropicCacheControlDirective | None = ABSENT
    citations: AnthropicDocumentBlockParamCitations | None = ABSENT
    context: str | None = ABSENT
    title: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("source", "source"),
        ("type", "type"),
        ("cache_control", "cache_control"),
        ("citations", "citations"),
        ("context", "context"),
        ("title", "title"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "source",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "document"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.anthropic_document_block_param_citations import (
            AnthropicDocumentBlockParamCitations,
        )
        from ..models.anthropic_document_block_param_source import (
            AnthropicDocumentBlockParamSource,
        )
        from ..models.anthropic_document_block_param_type import (
            AnthropicDocumentBlockParamType,
        )
        from ..models.anthropic_file_document_source import AnthropicFileDocumentSource
        from ..models.anthropic_plain_text_source import AnthropicPlainTextSource
        from ..models.anthropic_url_pdf_source import AnthropicUrlPdfSource

        def source_(raw__: Any) -> Any:
            def _parse_source(
                data: object,
            ) -> (
                AnthropicBase64PdfSource
                | AnthropicDocumentBlockParamSource
                | AnthropicFileDocumentSource
                | AnthropicPlainTextSource
                | AnthropicUrlPdfSource
            ):
                if AnthropicBase64PdfSource.accepts(data):
                    source_type_0 = AnthropicBase64PdfSource.from_dict(data)

                    return source_type_0
                if AnthropicPlainTextSource.accepts(data):
                    source_type_1 = AnthropicPlainTextSource.from_dict(data)

                    return source_type_1
                if AnthropicDocumentBlockParamSource.accepts(data):
                    source_type_2 = AnthropicDocumentBlockParamSource.from_dict(data)

                    return source_type_2
                if AnthropicUrlPdfSource.accepts(data):
                    source_type_3 = AnthropicUrlPdfSource.from_dict(data)

                    return source_type_3
                if AnthropicFileDocumentSource.accepts(data):
                    source_type_4 = AnthropicFileDocumentSource.from_dict(data)

                    return source_type_4
                if AnthropicBase64PdfSource.discriminated_by(data):
                    return AnthropicBase64PdfSource.from_dict(data)
                if AnthropicPlainTextSource.discriminated_by(data):
                    return AnthropicPlainTextSource.from_dict(data)
                if AnthropicDocumentBlockParamSource.discriminated_by(data):
                    return AnthropicDocumentBlockParamSource.from_dict(data)
                if AnthropicUrlPdfSource.discriminated_by(data):
                    return AnthropicUrlPdfSource.from_dict(data)
                if AnthropicFileDocumentSource.discriminated_by(data):
                    return AnthropicFileDocumentSource.from_dict(data)
                return cast(
                    AnthropicBase64PdfSource
                    | AnthropicDocumentBlockParamSource
                    | AnthropicFileDocumentSource
                    | AnthropicPlainTextSource
                    | AnthropicUrlPdfSource,
                    data,
                )

            source = _parse_source(raw__)

            return source

        def type_(raw__: Any) -> Any:
            type = AnthropicDocumentBlockParamType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = AnthropicCacheControlDirective.from_dict(raw__)

            return cache_control

        def citations_(raw__: Any) -> Any:
            def _parse_citations(
                data: object,
            ) -> AnthropicDocumentBlockParamCitations | None:
                if data is None:
                    return data
                if AnthropicDocumentBlockParamCitations.accepts(data):
                    citations_type_0 = AnthropicDocumentBlockParamCitations.from_dict(
                        data
                    )

                    return citations_type_0
                if AnthropicDocumentBlockParamCitations.discriminated_by(data):
                    return AnthropicDocumentBlockParamCitations.from_dict(data)
                return cast(AnthropicDocumentBlockParamCitations | None, data)

            citations = _parse_citations(raw__)

            return citations

        return {
            "source": source_,
            "type": type_,
            "cache_control": cache_control_,
            "citations": citations_,
        }
