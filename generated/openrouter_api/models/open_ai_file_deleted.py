from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_ai_file_deleted_object import OpenAIFileDeletedObject
    from ..models.open_ai_file_deleted_shape import OpenAIFileDeletedShape


@_attrs_define(slots=False, repr=False)
class OpenAIFileDeleted(LazyModel):
    """Deletion result in OpenAI's shape.

    Example:
        {'_shape': 'openai', 'deleted': True, 'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'object': 'file'}

    Attributes:
        field_shape (OpenAIFileDeletedShape):
        deleted (bool):
        id (str):
        object (OpenAIFileDeletedObject):
    """

    field_shape: OpenAIFileDeletedShape
    deleted: bool
    id: str
    object: OpenAIFileDeletedObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field_shape", "_shape"),
        ("deleted", "deleted"),
        ("id", "id"),
        ("object", "object"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "_shape",
            "deleted",
            "id",
            "object",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("_shape", "openai"),
        ("object", "file"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.open_ai_file_deleted_object import OpenAIFileDeletedObject
        from ..models.open_ai_file_deleted_shape import OpenAIFileDeletedShape

        def field_shape_(raw__: Any) -> Any:
            field_shape = OpenAIFileDeletedShape(raw__)

            return field_shape

        def object_(raw__: Any) -> Any:
            object = OpenAIFileDeletedObject(raw__)

            return object

        return {
            "field_shape": field_shape_,
            "object": object_,
        }
