from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_ai_file import OpenAIFile
    from ..models.open_ai_file_list_object import OpenAIFileListObject
    from ..models.open_ai_file_list_shape import OpenAIFileListShape


@_attrs_define(slots=False, repr=False)
class OpenAIFileList(LazyModel):
    """A page of files in OpenAI's shape.

    Example:
        {'_shape': 'openai', 'data': [], 'first_id': None, 'has_more': False, 'last_id': None, 'object': 'list'}

    Attributes:
        field_shape (OpenAIFileListShape):
        data (list[OpenAIFile]):
        first_id (str | None):
        has_more (bool):
        last_id (str | None):
        object (OpenAIFileListObject):
    """

    field_shape: OpenAIFileListShape
    data: list[OpenAIFile]
    first_id: str | None
    has_more: bool
    last_id: str | None
    object: OpenAIFileListObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field_shape", "_shape"),
        ("data", "data"),
        ("first_id", "first_id"),
        ("has_more", "has_more"),
        ("last_id", "last_id"),
        ("object", "object"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "_shape",
            "data",
            "first_id",
            "has_more",
            "last_id",
            "object",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("_shape", "openai"),
        ("object", "list"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.open_ai_file import OpenAIFile
        from ..models.open_ai_file_list_object import OpenAIFileListObject
        from ..models.open_ai_file_list_shape import OpenAIFileListShape

        def field_shape_(raw__: Any) -> Any:
            field_shape = OpenAIFileListShape(raw__)

            return field_shape

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = OpenAIFile.from_dict(data_item_data)

                data.append(data_item)

            return data

        def object_(raw__: Any) -> Any:
            object = OpenAIFileListObject(raw__)

            return object

        return {
            "field_shape": field_shape_,
            "data": data_,
            "object": object_,
        }
