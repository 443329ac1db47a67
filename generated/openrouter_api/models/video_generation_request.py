from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.content_part_audio import ContentPartAudio
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_video import ContentPartVideo
    from ..models.frame_image import FrameImage
    from ..models.video_generation_request_aspect_ratio import (
        VideoGenerationRequestAspectRatio,
    )
    from ..models.video_generation_request_provider import (
        VideoGenerationRequestProvider,
    )
    from ..models.video_generation_request_resolution import (
        VideoGenerationRequestResolution,
    )


@_attrs_define(slots=False, repr=False)
class VideoGenerationRequest(LazyModel):
    """
    Example:
        {'aspect_ratio': '16:9', 'duration': 8, 'model': 'google/veo-3.1', 'prompt': 'A serene mountain landscape at
            sunset', 'resolution': '720p'}

    Attributes:
        model (str):
        aspect_ratio (VideoGenerationRequestAspectRatio | None): Aspect ratio of the generated video Example: 16:9.
        callback_url (str | None): URL to receive a webhook notification when the video generation job completes.
            Overrides the workspace-level default callback URL if set. Must be HTTPS. Example: https://example.com/webhook.
        creativity (int | None): Creativity level for video upscaling models only. This parameter is not supported by
            video generation models. Example: 1.
        duration (int | None): Duration of the generated video in seconds Example: 8.
        frame_images (list[FrameImage] | None): Images to use as the first and/or last frame of the generated video.
            Each image must specify a frame_type of first_frame or last_frame.
        generate_audio (bool | None): Whether to generate audio alongside the video. Defaults to the endpoint's
            generate_audio capability flag, false if not set. Example: True.
        input_references (list[ContentPartAudio | ContentPartImage | ContentPartVideo] | None): Reference assets to
            guide video generation. Accepts image, audio, and video references. Audio and video references are only honored
            by providers that support them (including BytePlus Seedance generation 2 and newer); other providers use image
            references and ignore the rest.
        prompt (str | None): Text prompt describing the video to generate. Optional for models that support generating a
            video from image input alone; required by all other models. Example: A serene mountain landscape at sunset.
        provider (VideoGenerationRequestProvider | None): Provider-specific passthrough configuration
        resolution (VideoGenerationRequestResolution | None): Resolution of the generated video Example: 720p.
        seed (int | None): If specified, the generation will sample deterministically, such that repeated requests with
            the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
        size (str | None): Exact pixel dimensions of the generated video in "WIDTHxHEIGHT" format (e.g. "1280x720").
            Interchangeable with resolution + aspect_ratio. Example: 1280x720.
        upscale_factor (float | None): Upscale factor for video upscaling models only. This parameter is not supported
            by video generation models. Example: 2.
    """

    model: str
    aspect_ratio: VideoGenerationRequestAspectRatio | None = ABSENT
    callback_url: str | None = ABSENT
    creativity: int | None = ABSENT
    duration: int | None = ABSENT
    frame_images: list[FrameImage] | None = ABSENT
    generate_audio: bool | None = ABSENT
    input_references: (
        list[ContentPartAudio | ContentPartImage | ContentPartVideo] | None
    ) = ABSENT
    prompt: str | None = ABSENT
    provider: VideoGenerationRequestProvider | None = ABSENT
    resolution: VideoGenerationRequestResolution | None = ABSENT
    seed: int | None = ABSENT
    size: str | None = ABSENT
    upscale_factor: float | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("aspect_ratio", "aspect_ratio"),
        ("callback_url", "callback_url"),
        ("creativity", "creativity"),
        ("duration", "duration"),
        ("frame_images", "frame_images"),
        ("generate_audio", "generate_audio"),
        ("input_references", "input_references"),
        ("prompt", "prompt"),
        ("provider", "provider"),
        ("resolution", "resolution"),
        ("seed", "seed"),
        ("size", "size"),
        ("upscale_factor", "upscale_factor"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.content_part_audio import ContentPartAudio
        from ..models.content_part_image import ContentPartImage
        from ..models.content_part_video import ContentPartVideo
        from ..models.frame_image import FrameImage
        from ..models.video_generation_request_aspect_ratio import (
            VideoGenerationRequestAspectRatio,
        )
        from ..models.video_generation_request_provider import (
            VideoGenerationRequestProvider,
        )
        from ..models.video_generation_request_resolution import (
            VideoGenerationRequestResolution,
        )

        def aspect_ratio_(raw__: Any) -> Any:
            aspect_ratio = VideoGenerationRequestAspectRatio(raw__)

            return aspect_ratio

        def frame_images_(raw__: Any) -> Any:
            frame_images = []
            _frame_images = raw__
            for frame_images_item_data in _frame_images:
                frame_images_item = FrameImage.from_dict(frame_images_item_data)

                frame_images.append(frame_images_item)

            return frame_images

        def input_references_(raw__: Any) -> Any:
            input_references = []
            _input_references = raw__
            for input_references_item_data in _input_references:

                def _parse_input_references_item(
                    data: object,
                ) -> ContentPartAudio | ContentPartImage | ContentPartVideo:
                    if ContentPartImage.accepts(data):
                        componentsschemas_input_reference_type_0 = (
                            ContentPartImage.from_dict(data)
                        )

                        return componentsschemas_input_reference_type_0
                    if ContentPartAudio.accepts(data):
                        componentsschemas_input_reference_type_1 = (
                            ContentPartAudio.from_dict(data)
                        )

                        return componentsschemas_input_reference_type_1
                    if ContentPartVideo.accepts(data):
                        componentsschemas_input_reference_type_2 = (
                            ContentPartVideo.from_dict(data)
                        )

                        return componentsschemas_input_reference_type_2
                    if ContentPartImage.discriminated_by(data):
                        return ContentPartImage.from_dict(data)
                    if ContentPartAudio.discriminated_by(data):
                        return ContentPartAudio.from_dict(data)
                    if ContentPartVideo.discriminated_by(data):
                        return ContentPartVideo.from_dict(data)
                    return cast(
                        ContentPartAudio | ContentPartImage | ContentPartVideo, data
                    )

                input_references_item = _parse_input_references_item(
                    input_references_item_data
                )

                input_references.append(input_references_item)

            return input_references

        def provider_(raw__: Any) -> Any:
            provider = VideoGenerationRequestProvider.from_dict(raw__)

            return provider

        def resolution_(raw__: Any) -> Any:
            resolution = VideoGenerationRequestResolution(raw__)

            return resolution

        return {
            "aspect_ratio": aspect_ratio_,
            "frame_images": frame_images_,
            "input_references": input_references_,
            "provider": provider_,
            "resolution": resolution_,
        }
