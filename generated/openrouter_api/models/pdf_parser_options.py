from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.pdf_parser_engine import PDFParserEngine


@_attrs_define(slots=False, repr=False)
class PDFParserOptions(LazyModel):
    """Options for PDF parsing.

    Example:
        {'engine': 'cloudflare-ai'}

    Attributes:
        engine (PDFParserEngine | None): The engine to use for parsing PDF files. "pdf-text" is deprecated and
            automatically redirected to "cloudflare-ai". Example: cloudflare-ai.
    """

    engine: PDFParserEngine | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("engine", "engine"),)
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.pdf_parser_engine import PDFParserEngine

        def engine_(raw__: Any) -> Any:
            engine = PDFParserEngine(raw__)

            return engine

        return {
            "engine": engine_,
        }
