from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.image_endpoint import ImageEndpoint


@_attrs_define(slots=False, repr=False)
class ImageModelEndpointsResponse(LazyModel):
    """The full per-endpoint records for an image model.

    Example:
        {'endpoints': [{'allowed_passthrough_parameters': [], 'pricing': [{'billable': 'output_image', 'cost_usd': 0.05,
            'unit': 'image'}], 'provider_name': 'Bytedance', 'provider_slug': 'bytedance', 'provider_tag': 'bytedance',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}}, 'supports_streaming':
            False}], 'id': 'bytedance-seed/seedream-4.5'}

    Attributes:
        endpoints (list[ImageEndpoint]):
        id (str): Model slug Example: bytedance-seed/seedream-4.5.
    """

    endpoints: list[ImageEndpoint]
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("endpoints", "endpoints"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "endpoints",
            "id",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "endpoints",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_endpoint import ImageEndpoint

        def endpoints_(raw__: Any) -> Any:
            endpoints = []
            _endpoints = raw__
            for endpoints_item_data in _endpoints:
                endpoints_item = ImageEndpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

            return endpoints

        return {
            "endpoints": endpoints_,
        }
