from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_router_file_shape import OpenRouterFileShape
    from ..models.open_router_file_type import OpenRouterFileType


@_attrs_define(slots=False, repr=False)
class OpenRouterFile(LazyModel):
    """A stored file in the OpenRouter superset shape: Anthropic-shaped, plus OpenRouter-only fields.

    Example:
        {'_shape': 'openrouter', 'created_at': '2025-01-01T00:00:00Z', 'downloadable': False, 'filename':
            'document.pdf', 'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'mime_type': 'application/pdf', 'size_bytes': 1024000,
            'type': 'file'}

    Attributes:
        field_shape (OpenRouterFileShape):
        created_at (str):
        downloadable (bool):
        filename (str):
        id (str):
        mime_type (str):
        size_bytes (int):
        type (OpenRouterFileType):
    """

    field_shape: OpenRouterFileShape
    created_at: str
    downloadable: bool
    filename: str
    id: str
    mime_type: str
    size_bytes: int
    type: OpenRouterFileType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field_shape", "_shape"),
        ("created_at", "created_at"),
        ("downloadable", "downloadable"),
        ("filename", "filename"),
        ("id", "id"),
        ("mime_type", "mime_type"),
        ("size_bytes", "size_bytes"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "_shape",
            "created_at",
            "downloadable",
            "filename",
            "id",
            "mime_type",
            "size_bytes",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("_shape", "openrouter"),
        ("type", "file"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.open_router_file_shape import OpenRouterFileShape
        from ..models.open_router_file_type import OpenRouterFileType

        def field_shape_(raw__: Any) -> Any:
            field_shape = OpenRouterFileShape(raw__)

            return field_shape

        def type_(raw__: Any) -> Any:
            type = OpenRouterFileType(raw__)

            return type

        return {
            "field_shape": field_shape_,
            "type": type_,
        }
