from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.image_gen_completed_event_type import ImageGenCompletedEventType
    from ..models.image_generation_usage import ImageGenerationUsage


@_attrs_define(slots=False, repr=False)
class ImageGenCompletedEvent(LazyModel):
    """Emitted when generation completes and the final image is available

    Example:
        {'b64_json': '<base64-encoded-final-image>', 'created': 1748372400, 'type': 'image_generation.completed',
            'usage': {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}}

    Attributes:
        b64_json (str): Base64-encoded final image data
        created (int): Unix timestamp (seconds) when the image was generated
        type (ImageGenCompletedEventType): The event type
        media_type (str | None): Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`,
            `image/svg+xml`. May be omitted if the format could not be determined. Example: image/png.
        usage (ImageGenerationUsage | None): Token and cost usage for the image generation request, when available
            Example: {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}.
    """

    b64_json: str
    created: int
    type: ImageGenCompletedEventType
    media_type: str | None = ABSENT
    usage: ImageGenerationUsage | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("b64_json", "b64_json"),
        ("created", "created"),
        ("type", "type"),
        ("media_type", "media_type"),
        ("usage", "usage"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "b64_json",
            "created",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "image_generation.completed"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_gen_completed_event_type import ImageGenCompletedEventType
        from ..models.image_generation_usage import ImageGenerationUsage

        def type_(raw__: Any) -> Any:
            type = ImageGenCompletedEventType(raw__)

            return type

        def usage_(raw__: Any) -> Any:
            usage = ImageGenerationUsage.from_dict(raw__)

            return usage

        return {
            "type": type_,
            "usage": usage_,
        }
