from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_message_item_role import InputMessageItemRole
    from ..models.input_message_item_type import InputMessageItemType
    from ..models.input_text import InputText
    from ..models.input_video import InputVideo


@_attrs_define(slots=False, repr=False)
class InputMessageItem(LazyModel):
    """
    Example:
        {'content': [{'text': 'Hello, how are you?', 'type': 'input_text'}], 'id': 'msg-abc123', 'role': 'user', 'type':
            'message'}

    Attributes:
        role (InputMessageItemRole):
        content (list[InputAudio | InputFile | InputImage | InputText | InputVideo] | None):
        id (str | None):
        type (InputMessageItemType | None):
    """

    role: InputMessageItemRole
    content: (
        list[InputAudio | InputFile | InputImage | InputText | InputVideo] | None
    ) = ABSENT
    id: str | None = ABSENT
    type: InputMessageItemType | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("id", "id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.input_audio import InputAudio
        from ..models.input_file import InputFile
        from ..models.input_image import InputImage
        from ..models.input_message_item_role import InputMessageItemRole
        from ..models.input_message_item_type import InputMessageItemType
        from ..models.input_text import InputText
        from ..models.input_video import InputVideo

        def role_(raw__: Any) -> Any:
            role = InputMessageItemRole(raw__)

            return role

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> (
                list[InputAudio | InputFile | InputImage | InputText | InputVideo]
                | None
            ):
                if data is None:
                    return data
                if isinstance(data, list):
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:

                        def _parse_content_type_0_item(
                            data: object,
                        ) -> (
                            InputAudio | InputFile | InputImage | InputText | InputVideo
                        ):
                            if InputText.accepts(data):
                                content_type_0_item_type_0 = InputText.from_dict(data)

                                return content_type_0_item_type_0
                            if InputImage.accepts(data):
                                content_type_0_item_type_1 = InputImage.from_dict(data)

                                return content_type_0_item_type_1
                            if InputFile.accepts(data):
                                content_type_0_item_type_2 = InputFile.from_dict(data)

                                return content_type_0_item_type_2
                            if InputAudio.accepts(data):
                                content_type_0_item_type_3 = InputAudio.from_dict(data)

                                return content_type_0_item_type_3
                            if InputVideo.accepts(data):
                                content_type_0_item_type_4 = InputVideo.from_dict(data)

                                return content_type_0_item_type_4
                            if InputText.discriminated_by(data):
                                return InputText.from_dict(data)
                            if InputImage.discriminated_by(data):
                                return InputImage.from_dict(data)
                            if InputFile.discriminated_by(data):
                                return InputFile.from_dict(data)
                            if InputAudio.discriminated_by(data):
                                return InputAudio.from_dict(data)
                            if InputVideo.discriminated_by(data):
                                return InputVideo.from_dict(data)
                            return cast(
                                InputAudio
                                | InputFile
                                | InputImage
                                | InputText
                                | InputVideo,
                                data,
                            )

                        content_type_0_item = _parse_content_type_0_item(
                            content_type_0_item_data
                        )

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                return cast(
                    list[InputAudio | InputFile | InputImage | InputText | InputVideo]
                    | None,
                    data,
                )

            content = _parse_content(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = InputMessageItemType(raw__)

            return type

        return {
            "role": role_,
            "content": content_,
            "type": type_,
        }
