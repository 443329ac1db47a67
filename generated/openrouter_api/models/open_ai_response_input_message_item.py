from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText
    from ..models.open_ai_response_input_message_item_role import (
        OpenAIResponseInputMessageItemRole,
    )
    from ..models.open_ai_response_input_message_item_type import (
        OpenAIResponseInputMessageItemType,
    )


@_attrs_define(slots=False, repr=False)
class OpenAIResponseInputMessageItem(LazyModel):
    """
    Example:
        {'content': [{'text': 'Hello, how are you?', 'type': 'input_text'}], 'id': 'msg-abc123', 'role': 'user', 'type':
            'message'}

    Attributes:
        content (list[InputAudio | InputFile | InputImage | InputText]):
        id (str):
        role (OpenAIResponseInputMessageItemRole):
        type (OpenAIResponseInputMessageItemType | None):
    """

    content: list[InputAudio | InputFile | InputImage | InputText]
    id: str
    role: OpenAIResponseInputMessageItemRole
    type: OpenAIResponseInputMessageItemType | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("id", "id"),
        ("role", "role"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "id",
            "role",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.input_audio import InputAudio
        from ..models.input_file import InputFile
        from ..models.input_image import InputImage
        from ..models.input_text import InputText
        from ..models.open_ai_response_input_message_item_role import (
            OpenAIResponseInputMessageItemRole,
        )
        from ..models.open_ai_response_input_message_item_type import (
            OpenAIResponseInputMessageItemType,
        )

        def content_(raw__: Any) -> Any:
            content = []
            _content = raw__
            for content_item_data in _content:

                def _parse_content_item(
                    data: object,
                ) -> InputAudio | InputFile | InputImage | InputText:
                    if InputText.accepts(data):
                        content_item_type_0 = InputText.from_dict(data)

                        return content_item_type_0
                    if InputImage.accepts(data):
                        content_item_type_1 = InputImage.from_dict(data)

                        return content_item_type_1
                    if InputFile.accepts(data):
                        content_item_type_2 = InputFile.from_dict(data)

                        return content_item_type_2
                    if InputAudio.accepts(data):
                        content_item_type_3 = InputAudio.from_dict(data)

                        return content_item_type_3
                    if InputText.discriminated_by(data):
                        return InputText.from_dict(data)
                    if InputImage.discriminated_by(data):
                        return InputImage.from_dict(data)
                    if InputFile.discriminated_by(data):
                        return InputFile.from_dict(data)
                    if InputAudio.discriminated_by(data):
                        return InputAudio.from_dict(data)
                    return cast(InputAudio | InputFile | InputImage | InputText, data)

                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

            return content

        def role_(raw__: Any) -> Any:
            role = OpenAIResponseInputMessageItemRole(raw__)

            return role

        def type_(raw__: Any) -> Any:
            type = OpenAIResponseInputMessageItemType(raw__)

            return type

        return {
            "content": content_,
            "role": role_,
            "type": type_,
        }
