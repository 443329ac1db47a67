from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ImageGenerationServerToolConfig(LazyModel):
    """Configuration for the openrouter:image_generation server tool. Accepts all image_config params (aspect_ratio,
    quality, size, background, output_format, output_compression, moderation, etc.) plus a model field.

        Example:
            {'aspect_ratio': '16:9', 'model': 'openai/gpt-5-image', 'quality': 'high'}

        Attributes:
            model (str | None): Which image generation model to use (e.g. "openai/gpt-5-image"). Defaults to
                "openai/gpt-5-image". Example: openai/gpt-5-image.
    """

    model: str | None = ABSENT
    additional_properties: dict[str, float | list[Any] | str] = _attrs_field(
        init=False, factory=dict
    )

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("model", "model"),)
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
