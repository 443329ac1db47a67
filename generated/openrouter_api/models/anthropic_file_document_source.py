from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_file_document_source_type import (
        AnthropicFileDocumentSourceType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicFileDocumentSource(LazyModel):
    """
    Example:
        {'file_id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'type': 'file'}

    Attributes:
        file_id (str):
        type (AnthropicFileDocumentSourceType):
    """

    file_id: str
    type: AnthropicFileDocumentSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "file_id",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "file"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_file_document_source_type import (
            AnthropicFileDocumentSourceType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicFileDocumentSourceType(raw__)

            return type

        return {
            "type": type_,
        }
