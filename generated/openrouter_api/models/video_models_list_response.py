from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.video_model import VideoModel


@_attrs_define(slots=False, repr=False)
class VideoModelsListResponse(LazyModel):
    """
    Example:
        {'data': [{'allowed_passthrough_parameters': [], 'canonical_slug': 'google/veo-3.1', 'created': 1700000000,
            'description': 'Google video generation model', 'generate_audio': True, 'id': 'google/veo-3.1', 'name': 'Veo
            3.1', 'pricing_skus': {'generate': '0.50'}, 'seed': None, 'supported_aspect_ratios': ['16:9'],
            'supported_durations': [5, 8], 'supported_frame_images': ['first_frame', 'last_frame'], 'supported_resolutions':
            ['720p'], 'supported_sizes': None}]}

    Attributes:
        data (list[VideoModel]):
    """

    data: list[VideoModel]
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

        from ..models.video_model import VideoModel

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = VideoModel.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
