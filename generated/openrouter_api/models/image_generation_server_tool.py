from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.image_generation_server_tool_background import (
        ImageGenerationServerToolBackground,
    )
    from ..models.image_generation_server_tool_input_fidelity import (
        ImageGenerationServerToolInputFidelity,
    )
    from ..models.image_generation_server_tool_input_image_mask import (
        ImageGenerationServerToolInputImageMask,
    )
    from ..models.image_generation_server_tool_moderation import (
        ImageGenerationServerToolModeration,
    )
    from ..models.image_generation_server_tool_output_format import (
        ImageGenerationServerToolOutputFormat,
    )
    from ..models.image_generation_server_tool_quality import (
        ImageGenerationServerToolQuality,
    )
    from ..models.image_generation_server_tool_type import ImageGenerationServerToolType


@_attrs_define(slots=False, repr=False)
class ImageGenerationServerTool(LazyModel):
    """Image generation tool configuration

    Example:
        {'quality': 'high', 'type': 'image_generation'}

    Attributes:
        type (ImageGenerationServerToolType):
        background (ImageGenerationServerToolBackground | None):
        input_fidelity (ImageGenerationServerToolInputFidelity | None):
        input_image_mask (ImageGenerationServerToolInputImageMask | None):
        model (str | None):
        moderation (ImageGenerationServerToolModeration | None):
        output_compression (int | None):
        output_format (ImageGenerationServerToolOutputFormat | None):
        partial_images (int | None):
        quality (ImageGenerationServerToolQuality | None):
        size (str | None):
    """

    type: ImageGenerationServerToolType
    background: ImageGenerationServerToolBackground | None = ABSENT
    input_fidelity: ImageGenerationServerToolInputFidelity | None = ABSENT
    input_image_mask: ImageGenerationServerToolInputImageMask | None = ABSENT
    model: str | None = ABSENT
    moderation: ImageGenerationServerToolModeration | None = ABSENT
    output_compression: int | None = ABSENT
    output_format: ImageGenerationServerToolOutputFormat | None = ABSENT
    partial_images: int | None = ABSENT
    quality: ImageGenerationServerToolQuality | None = ABSENT
    size: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("background", "background"),
        ("input_fidelity", "input_fidelity"),
        ("input_image_mask", "input_image_mask"),
        ("model", "model"),
        ("moderation", "moderation"),
        ("output_compression", "output_compression"),
        ("output_format", "output_format"),
        ("partial_images", "partial_images"),
        ("quality", "quality"),
        ("size", "size"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "image_generation"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_generation_server_tool_background import (
            ImageGenerationServerToolBackground,
        )
        from ..models.image_generation_server_tool_input_fidelity import (
            ImageGenerationServerToolInputFidelity,
        )
        from ..models.image_generation_server_tool_input_image_mask import (
            ImageGenerationServerToolInputImageMask,
        )
        from ..models.image_generation_server_tool_moderation import (
            ImageGenerationServerToolModeration,
        )
        from ..models.image_generation_server_tool_output_format import (
            ImageGenerationServerToolOutputFormat,
        )
        from ..models.image_generation_server_tool_quality import (
            ImageGenerationServerToolQuality,
        )
        from ..models.image_generation_server_tool_type import (
            ImageGenerationServerToolType,
        )

        def type_(raw__: Any) -> Any:
            type = ImageGenerationServerToolType(raw__)

            return type

        def background_(raw__: Any) -> Any:
            background = ImageGenerationServerToolBackground(raw__)

            return background

        def input_fidelity_(raw__: Any) -> Any:
            def _parse_input_fidelity(
                data: object,
            ) -> ImageGenerationServerToolInputFidelity | None:
                if data is None:
                    return data
                if ImageGenerationServerToolInputFidelity.is_declared(data):
                    input_fidelity_type_0 = ImageGenerationServerToolInputFidelity(data)

                    return input_fidelity_type_0
                if isinstance(data, str):
                    return ImageGenerationServerToolInputFidelity(data)
                return cast(ImageGenerationServerToolInputFidelity | None, data)

            input_fidelity = _parse_input_fidelity(raw__)

            return input_fidelity

        def input_image_mask_(raw__: Any) -> Any:
            input_image_mask = ImageGenerationServerToolInputImageMask.from_dict(raw__)

            return input_image_mask

        def moderation_(raw__: Any) -> Any:
            moderation = ImageGenerationServerToolModeration(raw__)

            return moderation

        def output_format_(raw__: Any) -> Any:
            output_format = ImageGenerationServerToolOutputFormat(raw__)

            return output_format

        def quality_(raw__: Any) -> Any:
            quality = ImageGenerationServerToolQuality(raw__)

            return quality

        return {
            "type": type_,
            "background": background_,
            "input_fidelity": input_fidelity_,
            "input_image_mask": input_image_mask_,
            "moderation": moderation_,
            "output_format": output_format_,
            "quality": quality_,
        }
