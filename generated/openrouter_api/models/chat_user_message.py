from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo
    from ..models.chat_user_message_role import ChatUserMessageRole
    from ..models.legacy_chat_content_video import LegacyChatContentVideo


@_attrs_define(slots=False, repr=False)
class ChatUserMessage(LazyModel):
    """User message

    Example:
        {'content': 'What is the capital of France?', 'role': 'user'}

    Attributes:
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo |
            LegacyChatContentVideo] | str): User message content Example: What is the capital of France?.
        role (ChatUserMessageRole):
        name (str | None): Optional name for the user Example: User.
    """

    content: (
        list[
            ChatContentAudio
            | ChatContentFile
            | ChatContentImage
            | ChatContentText
            | ChatContentVideo
            | LegacyChatContentVideo
        ]
        | str
    )
    role: ChatUserMessageRole
    name: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("name", "name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "role",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("role", "user"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_content_audio import ChatContentAudio
        from ..models.chat_content_file import ChatContentFile
        from ..models.chat_content_image import ChatContentImage
        from ..models.chat_content_text import ChatContentText
        from ..models.chat_content_video import ChatContentVideo
        from ..models.chat_user_message_role import ChatUserMessageRole
        from ..models.legacy_chat_content_video import LegacyChatContentVideo

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> (
                list[
                    ChatContentAudio
                    | ChatContentFile
                    | ChatContentImage
                    | ChatContentText
                    | ChatContentVideo
                    | LegacyChatContentVideo
                ]
                | str
            ):
                if isinstance(data, list):
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:

                        def _parse_content_type_1_item(
                            data: object,
                        ) -> (
                            ChatContentAudio
                            | ChatContentFile
                            | ChatContentImage
                            | ChatContentText
                            | ChatContentVideo
                            | LegacyChatContentVideo
                        ):
                            if ChatContentText.accepts(data):
                                componentsschemas_chat_content_items_type_0 = (
                                    ChatContentText.from_dict(data)
                                )

                                return componentsschemas_chat_content_items_type_0
                            if ChatContentImage.accepts(data):
                                componentsschemas_chat_content_items_type_1 = (
                                    ChatContentImage.from_dict(data)
                                )

                                return componentsschemas_chat_content_items_type_1
                            if ChatContentAudio.accepts(data):
                                componentsschemas_chat_content_items_type_2 = (
                                    ChatContentAudio.from_dict(data)
                                )

                                return componentsschemas_chat_content_items_type_2
                            if LegacyChatContentVideo.accepts(data):
                                componentsschemas_chat_content_items_type_3 = (
                                    LegacyChatContentVideo.from_dict(data)
                                )

                                return componentsschemas_chat_content_items_type_3
                            if ChatContentVideo.accepts(data):
                                componentsschemas_chat_content_items_type_4 = (
                                    ChatContentVideo.from_dict(data)
                                )

                                return componentsschemas_chat_content_items_type_4
                            if ChatContentFile.accepts(data):
                                componentsschemas_chat_content_items_type_5 = (
                                    ChatContentFile.from_dict(data)
                                )

                                return componentsschemas_chat_content_items_type_5
                            if ChatContentText.discriminated_by(data):
                                return ChatContentText.from_dict(data)
                            if ChatContentImage.discriminated_by(data):
                                return ChatContentImage.from_dict(data)
                            if ChatContentAudio.discriminated_by(data):
                                return ChatContentAudio.from_dict(data)
                            if LegacyChatContentVideo.discriminated_by(data):
                                return LegacyChatContentVideo.from_dict(data)
                            if ChatContentVideo.discriminated_by(data):
                                return ChatContentVideo.from_dict(data)
                            if ChatContentFile.discriminated_by(data):
                                return ChatContentFile.from_dict(data)
                            return cast(
                                ChatContentAudio
                                | ChatContentFile
                                | ChatContentImage
                                | ChatContentText
                                | ChatContentVideo
                                | LegacyChatContentVideo,
                                data,
                            )

                        content_type_1_item = _parse_content_type_1_item(
                            content_type_1_item_data
                        )

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                return cast(
                    list[
                        ChatContentAudio
                        | ChatContentFile
                        | ChatContentImage
                        | ChatContentText
                        | ChatContentVideo
                        | LegacyChatContentVideo
                    ]
                    | str,
                    data,
                )

            content = _parse_content(raw__)

            return content

        def role_(raw__: Any) -> Any:
            role = ChatUserMessageRole(raw__)

            return role

        return {
            "content": content_,
            "role": role_,
        }
