from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.image_generation_server_tool_config import (
        ImageGenerationServerToolConfig,
    )
    from ..models.image_generation_server_tool_open_router_type import (
        ImageGenerationServerToolOpenRouterType,
    )


@_attrs_define(slots=False, repr=False)
class ImageGenerationServerToolOpenRouter(LazyModel):
    """OpenRouter built-in server tool: generates images from text prompts using an image generation model

    Example:
        {'parameters': {'model': 'openai/gpt-5-image', 'quality': 'high', 'size': '1024x1024'}, 'type':
            'openrouter:image_generation'}

    Attributes:
        type (ImageGenerationServerToolOpenRouterType):
        parameters (ImageGenerationServerToolConfig | None): Configuration for the openrouter:image_generation server
            tool. Accepts all image_config params (aspect_ratio, quality, size, background, output_format,
            output_compression, moderation, etc.) plus a model field. Example: {'aspect_ratio': '16:9', 'model':
            'openai/gpt-5-image', 'quality': 'high'}.
    """

    type: ImageGenerationServerToolOpenRouterType
    parameters: ImageGenerationServerToolConfig | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("parameters", "parameters"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:image_generation"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_generation_server_tool_config import (
            ImageGenerationServerToolConfig,
        )
        from ..models.image_generation_server_tool_open_router_type import (
            ImageGenerationServerToolOpenRouterType,
        )

        def type_(raw__: Any) -> Any:
            type = ImageGenerationServerToolOpenRouterType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = ImageGenerationServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
