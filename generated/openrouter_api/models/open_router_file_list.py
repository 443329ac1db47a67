from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_router_file import OpenRouterFile
    from ..models.open_router_file_list_shape import OpenRouterFileListShape


@_attrs_define(slots=False, repr=False)
class OpenRouterFileList(LazyModel):
    """A page of files in the OpenRouter shape.

    Example:
        {'_shape': 'openrouter', 'cursor': None, 'data': [], 'first_id': None, 'has_more': False, 'last_id': None}

    Attributes:
        field_shape (OpenRouterFileListShape):
        cursor (str | None): Opaque cursor for the next page; null when there are no more results.
        data (list[OpenRouterFile]):
        first_id (str | None):
        has_more (bool):
        last_id (str | None):
    """

    field_shape: OpenRouterFileListShape
    cursor: str | None
    data: list[OpenRouterFile]
    first_id: str | None
    has_more: bool
    last_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field_shape", "_shape"),
        ("cursor", "cursor"),
        ("data", "data"),
        ("first_id", "first_id"),
        ("has_more", "has_more"),
        ("last_id", "last_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "_shape",
            "cursor",
            "data",
            "first_id",
            "has_more",
            "last_id",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("_shape", "openrouter"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.open_router_file import OpenRouterFile
        from ..models.open_router_file_list_shape import OpenRouterFileListShape

        def field_shape_(raw__: Any) -> Any:
            field_shape = OpenRouterFileListShape(raw__)

            return field_shape

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = OpenRouterFile.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "field_shape": field_shape_,
            "data": data_,
        }
