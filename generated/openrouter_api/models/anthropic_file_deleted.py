from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_file_deleted_shape import AnthropicFileDeletedShape
    from ..models.anthropic_file_deleted_type import AnthropicFileDeletedType


@_attrs_define(slots=False, repr=False)
class AnthropicFileDeleted(LazyModel):
    """Deletion result in Anthropic's shape.

    Example:
        {'_shape': 'anthropic', 'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'type': 'file_deleted'}

    Attributes:
        field_shape (AnthropicFileDeletedShape):
        id (str):
        type (AnthropicFileDeletedType):
    """

    field_shape: AnthropicFileDeletedShape
    id: str
    type: AnthropicFileDeletedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field_shape", "_shape"),
        ("id", "id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "_shape",
            "id",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("_shape", "anthropic"),
        ("type", "file_deleted"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_file_deleted_shape import AnthropicFileDeletedShape
        from ..models.anthropic_file_deleted_type import AnthropicFileDeletedType

        def field_shape_(raw__: Any) -> Any:
            field_shape = AnthropicFileDeletedShape(raw__)

            return field_shape

        def type_(raw__: Any) -> Any:
            type = AnthropicFileDeletedType(raw__)

            return type

        return {
            "field_shape": field_shape_,
            "type": type_,
        }
