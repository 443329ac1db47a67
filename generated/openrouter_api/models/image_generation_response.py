from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.image_generation_response_data_item import (
        ImageGenerationResponseDataItem,
    )
    from ..models.image_generation_usage import ImageGenerationUsage


@_attrs_define(slots=False, repr=False)
class ImageGenerationResponse(LazyModel):
    """Image generation response

    Example:
        {'created': 1748372400, 'data': [{'b64_json': '<base64-encoded-image>'}], 'usage': {'completion_tokens': 4175,
            'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}}

    Attributes:
        created (int): Unix timestamp (seconds) when the image was generated Example: 1748372400.
        data (list[ImageGenerationResponseDataItem]): Generated images
        usage (ImageGenerationUsage | None): Token and cost usage for the image generation request, when available
            Example: {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}.
    """

    created: int
    data: list[ImageGenerationResponseDataItem]
    usage: ImageGenerationUsage | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created", "created"),
        ("data", "data"),
        ("usage", "usage"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "created",
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

        from ..models.image_generation_response_data_item import (
            ImageGenerationResponseDataItem,
        )
        from ..models.image_generation_usage import ImageGenerationUsage

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = ImageGenerationResponseDataItem.from_dict(data_item_data)

                data.append(data_item)

            return data

        def usage_(raw__: Any) -> Any:
            usage = ImageGenerationUsage.from_dict(raw__)

            return usage

        return {
            "data": data_,
            "usage": usage_,
        }
