from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_image_generation_server_tool_item_type import (
        OutputImageGenerationServerToolItemType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OutputImageGenerationServerToolItem(LazyModel):
    """An openrouter:image_generation server tool output item

    Example:
        {'id': 'ig_tmp_abc123', 'imageUrl': 'https://example.com/image.png', 'result': 'https://example.com/image.png',
            'status': 'completed', 'type': 'openrouter:image_generation'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type (OutputImageGenerationServerToolItemType):
        id (str | None):
        image_b64 (str | None):
        image_url (str | None):
        prompt (str | None): The prompt (possibly rewritten) that the image was generated from.
        result (str | None): The generated image as a base64-encoded string or URL, matching OpenAI
            image_generation_call format
        revised_prompt (str | None):
    """

    status: ToolCallStatus
    type: OutputImageGenerationServerToolItemType
    id: str | None = ABSENT
    image_b64: str | None = ABSENT
    image_url: str | None = ABSENT
    prompt: str | None = ABSENT
    result: str | None = ABSENT
    revised_prompt: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type", "type"),
        ("id", "id"),
        ("image_b64", "imageB64"),
        ("image_url", "imageUrl"),
        ("prompt", "prompt"),
        ("result", "result"),
        ("revised_prompt", "revisedPrompt"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter:image_generation"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_image_generation_server_tool_item_type import (
            OutputImageGenerationServerToolItemType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def status_(raw__: Any) -> Any:
            status = ToolCallStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputImageGenerationServerToolItemType(raw__)

            return type

        return {
            "status": status_,
            "type": type_,
        }
