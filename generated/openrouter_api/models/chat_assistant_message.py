from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_assistant_images_item import ChatAssistantImagesItem
    from ..models.chat_assistant_message_role import ChatAssistantMessageRole
    from ..models.chat_audio_output import ChatAudioOutput
    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo
    from ..models.chat_file_annotation import ChatFileAnnotation
    from ..models.chat_tool_call import ChatToolCall
    from ..models.chat_url_citation_annotation import ChatUrlCitationAnnotation
    from ..models.legacy_chat_content_video import LegacyChatContentVideo
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted
    from ..models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall
    from ..models.reasoning_detail_summary import ReasoningDetailSummary
    from ..models.reasoning_detail_text import ReasoningDetailText


@_attrs_define(slots=False, repr=False)
class ChatAssistantMessage(LazyModel):
    """Assistant message for requests and responses

    Example:
        {'content': 'The capital of France is Paris.', 'model': 'openai/gpt-4o', 'role': 'assistant'}

    Attributes:
        role (ChatAssistantMessageRole):
        audio (ChatAudioOutput | None): Audio output data or reference Example: {'data':
            'UklGRnoGAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQoGAACBhYqFbF1f', 'expires_at': 1677652400, 'id':
            'audio_abc123', 'transcript': 'Hello! How can I help you today?'}.
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo |
            LegacyChatContentVideo] | str | None): Assistant message content
        images (list[ChatAssistantImagesItem] | None): Generated images from image generation models Example:
            [{'image_url': {'url': 'data:image/png;base64,iVBORw0KGgo...'}}].
        model (str | None): Model that generated this assistant message Example: openai/gpt-4o.
        name (str | None): Optional name for the assistant
        reasoning (str | None): Reasoning output
        reasoning_details (list[ReasoningDetailEncrypted | ReasoningDetailServerToolCall | ReasoningDetailSummary |
            ReasoningDetailText] | None): Reasoning details for extended thinking models Example: [{'text': 'Let me work
            through this step by step...', 'type': 'reasoning.text'}].
        refusal (str | None): Refusal message if content was refused
        tool_calls (list[ChatToolCall] | None): Tool calls made by the assistant
        annotations (list[ChatFileAnnotation | ChatUrlCitationAnnotation] | None):
    """

    role: ChatAssistantMessageRole
    audio: ChatAudioOutput | None = ABSENT
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
        | None
    ) = ABSENT
    images: list[ChatAssistantImagesItem] | None = ABSENT
    model: str | None = ABSENT
    name: str | None = ABSENT
    reasoning: str | None = ABSENT
    reasoning_details: (
        list[
            ReasoningDetailEncrypted
            | ReasoningDetailServerToolCall
            | ReasoningDetailSummary
            | ReasoningDetailText
        ]
        | None
    ) = ABSENT
    refusal: str | None = ABSENT
    tool_calls: list[ChatToolCall] | None = ABSENT
    annotations: list[ChatFileAnnotation | ChatUrlCitationAnnotation] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("audio", "audio"),
        ("content", "content"),
        ("images", "images"),
        ("model", "model"),
        ("name", "name"),
        ("reasoning", "reasoning"),
        ("reasoning_details", "reasoning_details"),
        ("refusal", "refusal"),
        ("tool_calls", "tool_calls"),
        ("annotations", "annotations"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("role", "assistant"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_assistant_images_item import ChatAssistantImagesItem
        from ..models.chat_assistant_message_role import ChatAssistantMessageRole
        from ..models.chat_audio_output import ChatAudioOutput
        from ..models.chat_content_audio import ChatContentAudio
        from ..models.chat_content_file import ChatContentFile
        from ..models.chat_content_image import ChatContentImage
        from ..models.chat_content_text import ChatContentText
        from ..models.chat_content_video import ChatContentVideo
        from ..models.chat_file_annotation import ChatFileAnnotation
        from ..models.chat_tool_call import ChatToolCall
        from ..models.chat_url_citation_annotation import ChatUrlCitationAnnotation
        from ..models.legacy_chat_content_video import LegacyChatContentVideo
        from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted
        from ..models.reasoning_detail_server_tool_call import (
            ReasoningDetailServerToolCall,
        )
        from ..models.reasoning_detail_summary import ReasoningDetailSummary
        from ..models.reasoning_detail_text import ReasoningDetailText

        def role_(raw__: Any) -> Any:
            role = ChatAssistantMessageRole(raw__)

            return role

        def audio_(raw__: Any) -> Any:
            audio = ChatAudioOutput.from_dict(raw__)

            return audio

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
                | None
                | str
            ):
                if data is None:
                    return data
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
                    | None
                    | str,
                    data,
                )

            content = _parse_content(raw__)

            return content

        def images_(raw__: Any) -> Any:
            images = []
            _images = raw__
            for componentsschemas_chat_assistant_images_item_data in _images:
                componentsschemas_chat_assistant_images_item = (
                    ChatAssistantImagesItem.from_dict(
                        componentsschemas_chat_assistant_images_item_data
                    )
                )

                images.append(componentsschemas_chat_assistant_images_item)

            return images

        def reasoning_details_(raw__: Any) -> Any:
            reasoning_details = []
            _reasoning_details = raw__
            for (
                componentsschemas_chat_reasoning_details_item_data
            ) in _reasoning_details:

                def _parse_componentsschemas_chat_reasoning_details_item(
                    data: object,
                ) -> (
                    ReasoningDetailEncrypted
                    | ReasoningDetailServerToolCall
                    | ReasoningDetailSummary
                    | ReasoningDetailText
                ):
                    if ReasoningDetailSummary.accepts(data):
                        componentsschemas_reasoning_detail_union_type_0 = (
                            ReasoningDetailSummary.from_dict(data)
                        )

                        return componentsschemas_reasoning_detail_union_type_0
                    if ReasoningDetailEncrypted.accepts(data):
                        componentsschemas_reasoning_detail_union_type_1 = (
                            ReasoningDetailEncrypted.from_dict(data)
                        )

                        return componentsschemas_reasoning_detail_union_type_1
                    if ReasoningDetailText.accepts(data):
                        componentsschemas_reasoning_detail_union_type_2 = (
                            ReasoningDetailText.from_dict(data)
                        )

                        return componentsschemas_reasoning_detail_union_type_2
                    if ReasoningDetailServerToolCall.accepts(data):
                        componentsschemas_reasoning_detail_union_type_3 = (
                            ReasoningDetailServerToolCall.from_dict(data)
                        )

                        return componentsschemas_reasoning_detail_union_type_3
                    if ReasoningDetailSummary.discriminated_by(data):
                        return ReasoningDetailSummary.from_dict(data)
                    if ReasoningDetailEncrypted.discriminated_by(data):
                        return ReasoningDetailEncrypted.from_dict(data)
                    if ReasoningDetailText.discriminated_by(data):
                        return ReasoningDetailText.from_dict(data)
                    if ReasoningDetailServerToolCall.discriminated_by(data):
                        return ReasoningDetailServerToolCall.from_dict(data)
                    return cast(
                        ReasoningDetailEncrypted
                        | ReasoningDetailServerToolCall
                        | ReasoningDetailSummary
                        | ReasoningDetailText,
                        data,
                    )

                componentsschemas_chat_reasoning_details_item = (
                    _parse_componentsschemas_chat_reasoning_details_item(
                        componentsschemas_chat_reasoning_details_item_data
                    )
                )

                reasoning_details.append(componentsschemas_chat_reasoning_details_item)

            return reasoning_details

        def tool_calls_(raw__: Any) -> Any:
            tool_calls = []
            _tool_calls = raw__
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

            return tool_calls

        def annotations_(raw__: Any) -> Any:
            annotations = []
            _annotations = raw__
            for annotations_item_data in _annotations:

                def _parse_annotations_item(
                    data: object,
                ) -> ChatFileAnnotation | ChatUrlCitationAnnotation:
                    if ChatUrlCitationAnnotation.accepts(data):
                        componentsschemas_chat_message_annotation_type_0 = (
                            ChatUrlCitationAnnotation.from_dict(data)
                        )

                        return componentsschemas_chat_message_annotation_type_0
                    if ChatFileAnnotation.accepts(data):
                        componentsschemas_chat_message_annotation_type_1 = (
                            ChatFileAnnotation.from_dict(data)
                        )

                        return componentsschemas_chat_message_annotation_type_1
                    if ChatUrlCitationAnnotation.discriminated_by(data):
                        return ChatUrlCitationAnnotation.from_dict(data)
                    if ChatFileAnnotation.discriminated_by(data):
                        return ChatFileAnnotation.from_dict(data)
                    return cast(ChatFileAnnotation | ChatUrlCitationAnnotation, data)

                annotations_item = _parse_annotations_item(annotations_item_data)

                annotations.append(annotations_item)

            return annotations

        return {
            "role": role_,
            "audio": audio_,
            "content": content_,
            "images": images_,
            "reasoning_details": reasoning_details_,
            "tool_calls": tool_calls_,
            "annotations": annotations_,
        }
