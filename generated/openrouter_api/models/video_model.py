from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.mcp_server_tool_headers import McpServerToolHeaders
    from ..models.video_model_supported_aspect_ratios_item import (
        VideoModelSupportedAspectRatiosItem,
    )
    from ..models.video_model_supported_frame_images_item import (
        VideoModelSupportedFrameImagesItem,
    )
    from ..models.video_model_supported_resolutions_item import (
        VideoModelSupportedResolutionsItem,
    )
    from ..models.video_model_supported_sizes_item import VideoModelSupportedSizesItem
    from ..models.video_model_upscale_factor import VideoModelUpscaleFactor


@_attrs_define(slots=False, repr=False)
class VideoModel(LazyModel):
    """
    Example:
        {'allowed_passthrough_parameters': [], 'canonical_slug': 'google/veo-3.1', 'created': 1700000000, 'description':
            'Google video generation model', 'generate_audio': True, 'id': 'google/veo-3.1', 'name': 'Veo 3.1',
            'pricing_skus': {'generate': '0.50'}, 'seed': None, 'supported_aspect_ratios': ['16:9'], 'supported_durations':
            [5, 8], 'supported_frame_images': ['first_frame', 'last_frame'], 'supported_resolutions': ['720p'],
            'supported_sizes': None}

    Attributes:
        allowed_passthrough_parameters (list[str]): List of parameters that are allowed to be passed through to the
            provider
        canonical_slug (str): Canonical slug for the model Example: openai/gpt-4.
        created (int): Unix timestamp of when the model was created Example: 1692901234.
        creativity (list[int] | None): Supported creativity levels for video upscaling models
        generate_audio (bool | None): Whether the model supports generating audio alongside video
        id (str): Unique identifier for the model Example: openai/gpt-4.
        name (str): Display name of the model Example: GPT-4.
        seed (bool | None): Whether the model supports deterministic generation via seed parameter
        supported_aspect_ratios (list[VideoModelSupportedAspectRatiosItem] | None): Supported output aspect ratios
        supported_durations (list[int] | None): Supported video durations in seconds
        supported_frame_images (list[VideoModelSupportedFrameImagesItem] | None): Supported frame image types (e.g.
            first_frame, last_frame)
        supported_resolutions (list[VideoModelSupportedResolutionsItem] | None): Supported output resolutions
        supported_sizes (list[VideoModelSupportedSizesItem] | None): Supported output sizes (width x height)
        upscale_factor (VideoModelUpscaleFactor | None): Supported upscale factor range for video upscaling models
        description (str | None): Description of the model Example: GPT-4 is a large multimodal model that can solve
            difficult problems with greater accuracy..
        hugging_face_id (str | None): Hugging Face model identifier, if applicable Example: microsoft/DialoGPT-medium.
        pricing_skus (McpServerToolHeaders | None): Pricing SKUs with provider prefix stripped, values as strings
    """

    allowed_passthrough_parameters: list[str]
    canonical_slug: str
    created: int
    creativity: list[int] | None
    generate_audio: bool | None
    id: str
    name: str
    seed: bool | None
    supported_aspect_ratios: list[VideoModelSupportedAspectRatiosItem] | None
    supported_durations: list[int] | None
    supported_frame_images: list[VideoModelSupportedFrameImagesItem] | None
    supported_resolutions: list[VideoModelSupportedResolutionsItem] | None
    supported_sizes: list[VideoModelSupportedSizesItem] | None
    upscale_factor: VideoModelUpscaleFactor | None
    description: str | None = ABSENT
    hugging_face_id: str | None = ABSENT
    pricing_skus: McpServerToolHeaders | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allowed_passthrough_parameters", "allowed_passthrough_parameters"),
        ("canonical_slug", "canonical_slug"),
        ("created", "created"),
        ("creativity", "creativity"),
        ("generate_audio", "generate_audio"),
        ("id", "id"),
        ("name", "name"),
        ("seed", "seed"),
        ("supported_aspect_ratios", "supported_aspect_ratios"),
        ("supported_durations", "supported_durations"),
        ("supported_frame_images", "supported_frame_images"),
        ("supported_resolutions", "supported_resolutions"),
        ("supported_sizes", "supported_sizes"),
        ("upscale_factor", "upscale_factor"),
        ("description", "description"),
        ("hugging_face_id", "hugging_face_id"),
        ("pricing_skus", "pricing_skus"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "allowed_passthrough_parameters",
            "canonical_slug",
            "created",
            "creativity",
            "generate_audio",
            "id",
            "name",
            "seed",
            "supported_aspect_ratios",
            "supported_durations",
            "supported_frame_images",
            "supported_resolutions",
            "supported_sizes",
            "upscale_factor",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "allowed_passthrough_parameters",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.mcp_server_tool_headers import McpServerToolHeaders
        from ..models.video_model_supported_aspect_ratios_item import (
            VideoModelSupportedAspectRatiosItem,
        )
        from ..models.video_model_supported_frame_images_item import (
            VideoModelSupportedFrameImagesItem,
        )
        from ..models.video_model_supported_resolutions_item import (
            VideoModelSupportedResolutionsItem,
        )
        from ..models.video_model_supported_sizes_item import (
            VideoModelSupportedSizesItem,
        )
        from ..models.video_model_upscale_factor import VideoModelUpscaleFactor

        def allowed_passthrough_parameters_(raw__: Any) -> Any:
            allowed_passthrough_parameters = cast(list[str], raw__)

            return allowed_passthrough_parameters

        def creativity_(raw__: Any) -> Any:
            def _parse_creativity(data: object) -> list[int] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    creativity_type_0 = cast(list[int], data)

                    return creativity_type_0
                return cast(list[int] | None, data)

            creativity = _parse_creativity(raw__)

            return creativity

        def supported_aspect_ratios_(raw__: Any) -> Any:
            def _parse_supported_aspect_ratios(
                data: object,
            ) -> list[VideoModelSupportedAspectRatiosItem] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    supported_aspect_ratios_type_0 = []
                    _supported_aspect_ratios_type_0 = data
                    for (
                        supported_aspect_ratios_type_0_item_data
                    ) in _supported_aspect_ratios_type_0:
                        supported_aspect_ratios_type_0_item = (
                            VideoModelSupportedAspectRatiosItem(
                                supported_aspect_ratios_type_0_item_data
                            )
                        )

                        supported_aspect_ratios_type_0.append(
                            supported_aspect_ratios_type_0_item
                        )

                    return supported_aspect_ratios_type_0
                return cast(list[VideoModelSupportedAspectRatiosItem] | None, data)

            supported_aspect_ratios = _parse_supported_aspect_ratios(raw__)

            return supported_aspect_ratios

        def supported_durations_(raw__: Any) -> Any:
            def _parse_supported_durations(data: object) -> list[int] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    supported_durations_type_0 = cast(list[int], data)

                    return supported_durations_type_0
                return cast(list[int] | None, data)

            supported_durations = _parse_supported_durations(raw__)

            return supported_durations

        def supported_frame_images_(raw__: Any) -> Any:
            def _parse_supported_frame_images(
                data: object,
            ) -> list[VideoModelSupportedFrameImagesItem] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    supported_frame_images_type_0 = []
                    _supported_frame_images_type_0 = data
                    for (
                        supported_frame_images_type_0_item_data
                    ) in _supported_frame_images_type_0:
                        supported_frame_images_type_0_item = (
                            VideoModelSupportedFrameImagesItem(
                                supported_frame_images_type_0_item_data
                            )
                        )

                        supported_frame_images_type_0.append(
                            supported_frame_images_type_0_item
                        )

                    return supported_frame_images_type_0
                return cast(list[VideoModelSupportedFrameImagesItem] | None, data)

            supported_frame_images = _parse_supported_frame_images(raw__)

            return supported_frame_images

        def supported_resolutions_(raw__: Any) -> Any:
            def _parse_supported_resolutions(
                data: object,
            ) -> list[VideoModelSupportedResolutionsItem] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    supported_resolutions_type_0 = []
                    _supported_resolutions_type_0 = data
                    for (
                        supported_resolutions_type_0_item_data
                    ) in _supported_resolutions_type_0:
                        supported_resolutions_type_0_item = (
                            VideoModelSupportedResolutionsItem(
                                supported_resolutions_type_0_item_data
                            )
                        )

                        supported_resolutions_type_0.append(
                            supported_resolutions_type_0_item
                        )

                    return supported_resolutions_type_0
                return cast(list[VideoModelSupportedResolutionsItem] | None, data)

            supported_resolutions = _parse_supported_resolutions(raw__)

            return supported_resolutions

        def supported_sizes_(raw__: Any) -> Any:
            def _parse_supported_sizes(
                data: object,
            ) -> list[VideoModelSupportedSizesItem] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    supported_sizes_type_0 = []
                    _supported_sizes_type_0 = data
                    for supported_sizes_type_0_item_data in _supported_sizes_type_0:
                        supported_sizes_type_0_item = VideoModelSupportedSizesItem(
                            supported_sizes_type_0_item_data
                        )

                        supported_sizes_type_0.append(supported_sizes_type_0_item)

                    return supported_sizes_type_0
                return cast(list[VideoModelSupportedSizesItem] | None, data)

            supported_sizes = _parse_supported_sizes(raw__)

            return supported_sizes

        def upscale_factor_(raw__: Any) -> Any:
            def _parse_upscale_factor(data: object) -> None | VideoModelUpscaleFactor:
                if data is None:
                    return data
                if VideoModelUpscaleFactor.accepts(data):
                    upscale_factor_type_0 = VideoModelUpscaleFactor.from_dict(data)

                    return upscale_factor_type_0
                if VideoModelUpscaleFactor.discriminated_by(data):
                    return VideoModelUpscaleFactor.from_dict(data)
                return cast(None | VideoModelUpscaleFactor, data)

            upscale_factor = _parse_upscale_factor(raw__)

            return upscale_factor

        def pricing_skus_(raw__: Any) -> Any:
            def _parse_pricing_skus(data: object) -> McpServerToolHeaders | None:
                if data is None:
                    return data
                if McpServerToolHeaders.accepts(data):
                    pricing_skus_type_0 = McpServerToolHeaders.from_dict(data)

                    return pricing_skus_type_0
                if McpServerToolHeaders.discriminated_by(data):
                    return McpServerToolHeaders.from_dict(data)
                return cast(McpServerToolHeaders | None, data)

            pricing_skus = _parse_pricing_skus(raw__)

            return pricing_skus

        return {
            "allowed_passthrough_parameters": allowed_passthrough_parameters_,
            "creativity": creativity_,
            "supported_aspect_ratios": supported_aspect_ratios_,
            "supported_durations": supported_durations_,
            "supported_frame_images": supported_frame_images_,
            "supported_resolutions": supported_resolutions_,
            "supported_sizes": supported_sizes_,
            "upscale_factor": upscale_factor_,
            "pricing_skus": pricing_skus_,
        }
