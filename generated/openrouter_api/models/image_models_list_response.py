from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.image_model_list_item import ImageModelListItem


@_attrs_define(slots=False, repr=False)
class ImageModelsListResponse(LazyModel):
    """List of image generation models.

    Example:
        {'data': [{'architecture': {'input_modalities': ['text'], 'output_modalities': ['image']}, 'created':
            1692901234, 'description': 'A text-to-image model.', 'endpoints': '/api/v1/images/models/bytedance-
            seed/seedream-4.5/endpoints', 'id': 'bytedance-seed/seedream-4.5', 'name': 'Seedream 4.5',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}}, 'supports_streaming':
            False}]}

    Attributes:
        data (list[ImageModelListItem]):
    """

    data: list[ImageModelListItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_model_list_item import ImageModelListItem

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = ImageModelListItem.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
