from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.file_parser_plugin_id import FileParserPluginId
    from ..models.pdf_parser_options import PDFParserOptions


@_attrs_define(slots=False, repr=False)
class FileParserPlugin(LazyModel):
    """
    Example:
        {'enabled': True, 'id': 'file-parser', 'pdf': {'engine': 'cloudflare-ai'}}

    Attributes:
        id (FileParserPluginId):
        enabled (bool | None): Set to false to disable the file-parser plugin for this request. Defaults to true.
        pdf (PDFParserOptions | None): Options for PDF parsing. Example: {'engine': 'cloudflare-ai'}.
    """

    id: FileParserPluginId
    enabled: bool | None = ABSENT
    pdf: PDFParserOptions | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("enabled", "enabled"),
        ("pdf", "pdf"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("id", "file-parser"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.file_parser_plugin_id import FileParserPluginId
        from ..models.pdf_parser_options import PDFParserOptions

        def id_(raw__: Any) -> Any:
            id = FileParserPluginId(raw__)

            return id

        def pdf_(raw__: Any) -> Any:
            pdf = PDFParserOptions.from_dict(raw__)

            return pdf

        return {
            "id": id_,
            "pdf": pdf_,
        }
