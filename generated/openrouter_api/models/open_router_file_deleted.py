from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_router_file_deleted_shape import OpenRouterFileDeletedShape
    from ..models.open_router_file_deleted_type import OpenRouterFileDeletedType


@_attrs_define(slots=False, repr=False)
class OpenRouterFileDeleted(LazyModel):
    """Deletion result in the OpenRouter shape.

    Example:
        {'_shape': 'openrouter', 'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'type': 'file_deleted'}

    Attributes:
        field_shape (OpenRouterFileDeletedShape):
        id (str):
        type (OpenRouterFileDeletedType):
    """

    field_shape: OpenRouterFileDeletedShape
    id: str
    type: OpenRouterFileDeletedType
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
        ("_shape", "openrouter"),
        ("type", "file_deleted"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.open_router_file_deleted_shape import OpenRouterFileDeletedShape
        from ..models.open_router_file_deleted_type import OpenRouterFileDeletedType

        def field_shape_(raw__: Any) -> Any:
            field_shape = OpenRouterFileDeletedShape(raw__)

            return field_shape

        def type_(raw__: Any) -> Any:
            type = OpenRouterFileDeletedType(raw__)

            return type

        return {
            "field_shape": field_shape_,
            "type": type_,
        }
