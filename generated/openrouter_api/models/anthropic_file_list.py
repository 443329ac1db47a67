from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_file import AnthropicFile
    from ..models.anthropic_file_list_shape import AnthropicFileListShape


@_attrs_define(slots=False, repr=False)
class AnthropicFileList(LazyModel):
    """A page of files in Anthropic's shape.

    Example:
        {'_shape': 'anthropic', 'data': [], 'first_id': None, 'has_more': False, 'last_id': None}

    Attributes:
        field_shape (AnthropicFileListShape):
        data (list[AnthropicFile]):
        first_id (str | None):
        has_more (bool):
        last_id (str | None):
    """

    field_shape: AnthropicFileListShape
    data: list[AnthropicFile]
    first_id: str | None
    has_more: bool
    last_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field_shape", "_shape"),
        ("data", "data"),
        ("first_id", "first_id"),
        ("has_more", "has_more"),
        ("last_id", "last_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "_shape",
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("_shape", "anthropic"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_file import AnthropicFile
        from ..models.anthropic_file_list_shape import AnthropicFileListShape

        def field_shape_(raw__: Any) -> Any:
            field_shape = AnthropicFileListShape(raw__)

            return field_shape

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = AnthropicFile.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "field_shape": field_shape_,
            "data": data_,
        }
