from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.content_part_image import ContentPartImage
    from ..models.image_generation_provider_preferences import (
        ImageGenerationProviderPreferences,
    )
    from ..models.image_generation_request_aspect_ratio import (
        ImageGenerationRequestAspectRatio,
    )
    from ..models.image_generation_request_background import (
        ImageGenerationRequestBackground,
    )
    from ..models.image_generation_request_output_format import (
        ImageGenerationRequestOutputFormat,
    )
    from ..models.image_generation_request_quality import ImageGenerationRequestQuality
    from ..models.image_generation_request_resolution import (
        ImageGenerationRequestResolution,
    )


@_attrs_define(slots=False, repr=False)
class ImageGenerationRequest(LazyModel):
    """Image generation request input

    Example:
        {'model': 'bytedance-seed/seedream-4.5', 'prompt': 'a red panda astronaut floating in space, studio lighting'}

    Attributes:
        model (str): The image generation model to use Example: bytedance-seed/seedream-4.5.
        prompt (str): Text description of the desired image Example: a red panda astronaut floating in space, studio
            lighting.
        aspect_ratio (ImageGenerationRequestAspectRatio | None): Normalized aspect ratio of the generated image.
            Providers clamp to their supported subset. Example: 16:9.
        background (ImageGenerationRequestBackground | None): Background treatment. `transparent` requires an
            output_format that supports alpha (png or webp). Example: auto.
        input_references (list[ContentPartImage] | None): Reference images to guide image-to-image generation, as base64
            data URLs or HTTP(S) URLs.
        n (int | None): Upper bound on the number of images to generate (1-10). Providers may return fewer images, and
            providers that only support single-image generation reject n > 1. Example: 1.
        output_compression (int | None): Compression level (0-100) for webp/jpeg output. Ignored for png and by
            providers without a compression knob. Example: 100.
        output_format (ImageGenerationRequestOutputFormat | None): Encoding of the returned image bytes. Most models
            produce raster formats (png, jpeg, webp). SVG is supported by vectorization models (e.g. Quiver) — the SVG
            markup is UTF-8 base64-encoded in `b64_json`. Example: png.
        provider (ImageGenerationProviderPreferences | None): Provider routing preferences and provider-specific
            passthrough configuration. Example: {'allow_fallbacks': False, 'only': ['google-ai-studio']}.
        quality (ImageGenerationRequestQuality | None): Rendering quality. Providers without a quality knob ignore this.
            Example: high.
        resolution (ImageGenerationRequestResolution | None): Normalized resolution tier of the generated image.
            Concrete pixel dimensions are derived per-provider. Example: 2K.
        seed (int | None): If specified, the generation will sample deterministically, such that repeated requests with
            the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
        size (str | None): Optional. A convenience shorthand for output dimensions — pass a tier ("2K", "4K") or
            explicit pixels ("2048x2048") and we normalize it to the right dimensions for the chosen provider. A tier size
            is equivalent to setting `resolution` and combines with `aspect_ratio`. An explicit pixel size is authoritative:
            a mismatched `resolution` or `aspect_ratio` alongside it is rejected with a 400. Example: 2K.
        stream (bool | None): If true, partial images are streamed as SSE events as they become available. Only
            supported by providers with native streaming (currently OpenAI). Non-streaming providers ignore this flag and
            return a buffered response.
    """

    model: str
    prompt: str
    aspect_ratio: ImageGenerationRequestAspectRatio | None = ABSENT
    background: ImageGenerationRequestBackground | None = ABSENT
    input_references: list[ContentPartImage] | None = ABSENT
    n: int | None = ABSENT
    output_compression: int | None = ABSENT
    output_format: ImageGenerationRequestOutputFormat | None = ABSENT
    provider: ImageGenerationProviderPreferences | None = ABSENT
    quality: ImageGenerationRequestQuality | None = ABSENT
    resolution: ImageGenerationRequestResolution | None = ABSENT
    seed: int | None = ABSENT
    size: str | None = ABSENT
    stream: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("prompt", "prompt"),
        ("aspect_ratio", "aspect_ratio"),
        ("background", "background"),
        ("input_references", "input_references"),
        ("n", "n"),
        ("output_compression", "output_compression"),
        ("output_format", "output_format"),
        ("provider", "provider"),
        ("quality", "quality"),
        ("resolution", "resolution"),
        ("seed", "seed"),
        ("size", "size"),
        ("stream", "stream"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "prompt",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.content_part_image import ContentPartImage
        from ..models.image_generation_provider_preferences import (
            ImageGenerationProviderPreferences,
        )
        from ..models.image_generation_request_aspect_ratio import (
            ImageGenerationRequestAspectRatio,
        )
        from ..models.image_generation_request_background import (
            ImageGenerationRequestBackground,
        )
        from ..models.image_generation_request_output_format import (
            ImageGenerationRequestOutputFormat,
        )
        from ..models.image_generation_request_quality import (
            ImageGenerationRequestQuality,
        )
        from ..models.image_generation_request_resolution import (
            ImageGenerationRequestResolution,
        )

        def aspect_ratio_(raw__: Any) -> Any:
            aspect_ratio = ImageGenerationRequestAspectRatio(raw__)

            return aspect_ratio

        def background_(raw__: Any) -> Any:
            background = ImageGenerationRequestBackground(raw__)

            return background

        def input_references_(raw__: Any) -> Any:
            input_references = []
            _input_references = raw__
            for input_references_item_data in _input_references:
                input_references_item = ContentPartImage.from_dict(
                    input_references_item_data
                )

                input_references.append(input_references_item)

            return input_references

        def output_format_(raw__: Any) -> Any:
            output_format = ImageGenerationRequestOutputFormat(raw__)

            return output_format

        def provider_(raw__: Any) -> Any:
            provider = ImageGenerationProviderPreferences.from_dict(raw__)

            return provider

        def quality_(raw__: Any) -> Any:
            quality = ImageGenerationRequestQuality(raw__)

            return quality

        def resolution_(raw__: Any) -> Any:
            resolution = ImageGenerationRequestResolution(raw__)

            return resolution

        return {
            "aspect_ratio": aspect_ratio_,
            "background": background_,
            "input_references": input_references_,
            "output_format": output_format_,
            "provider": provider_,
            "quality": quality_,
            "resolution": resolution_,
        }
