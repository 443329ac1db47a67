from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.image_generation_status import ImageGenerationStatus
    from ..models.output_item_image_generation_call_type import (
        OutputItemImageGenerationCallType,
    )


@_attrs_define(slots=False, repr=False)
class OutputItemImageGenerationCall(LazyModel):
    """
    Example:
        {'id': 'imagegen-abc123', 'result':
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'status':
            'completed', 'type': 'image_generation_call'}

    Attributes:
        id (str):
        status (ImageGenerationStatus):  Example: completed.
        type (OutputItemImageGenerationCallType):
        result (str | None):
    """

    id: str
    status: ImageGenerationStatus
    type: OutputItemImageGenerationCallType
    result: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("status", "status"),
        ("type", "type"),
        ("result", "result"),
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
        from ..models.output_item_image_generation_call_type import (
            OutputItemImageGenerationCallType,
        )

        def status_(raw__: Any) -> Any:
            status = ImageGenerationStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputItemImageGenerationCallType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
