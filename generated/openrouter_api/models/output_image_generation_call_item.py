from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.image_generation_status import ImageGenerationStatus
    from ..models.output_image_generation_call_item_type import (
        OutputImageGenerationCallItemType,
    )


@_attrs_define(slots=False, repr=False)
class OutputImageGenerationCallItem(LazyModel):
    """
    Example:
        {'id': 'img-abc123', 'result': None, 'status': 'completed', 'type': 'image_generation_call'}

    Attributes:
        id (str):
        status (ImageGenerationStatus):  Example: completed.
        type (OutputImageGenerationCallItemType):
        result (str | None):
        prompt (str | None): The prompt (possibly rewritten) that the image was generated from.
    """

    id: str
    status: ImageGenerationStatus
    type: OutputImageGenerationCallItemType
    result: str | None = ABSENT
    prompt: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("status", "status"),
        ("type", "type"),
        ("result", "result"),
        ("prompt", "prompt"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "image_generation_call"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_generation_status import ImageGenerationStatus
        from ..models.output_image_generation_call_item_type import (
            OutputImageGenerationCallItemType,
        )

        def status_(raw__: Any) -> Any:
            status = ImageGenerationStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputImageGenerationCallItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
