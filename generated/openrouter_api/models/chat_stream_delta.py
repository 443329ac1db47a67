from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_audio_output import ChatAudioOutput
    from ..models.chat_file_annotation import ChatFileAnnotation
    from ..models.chat_stream_delta_role import ChatStreamDeltaRole
    from ..models.chat_stream_tool_call import ChatStreamToolCall
    from ..models.chat_url_citation_annotation import ChatUrlCitationAnnotation
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted
    from ..models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall
    from ..models.reasoning_detail_summary import ReasoningDetailSummary
    from ..models.reasoning_detail_text import ReasoningDetailText


@_attrs_define(slots=False, repr=False)
class ChatStreamDelta(LazyModel):
    """Delta changes in streaming response

    Example:
        {'content': 'Hello', 'role': 'assistant'}

    Attributes:
        audio (ChatAudioOutput | None): Audio output data or reference Example: {'data':
            'UklGRnoGAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQoGAACBhYqFbF1f', 'expires_at': 1677652400, 'id':
            'audio_abc123', 'transcript': 'Hello! How can I help you today?'}.
        content (str | None): Message content delta Example: Hello.
        reasoning (str | None): Reasoning content delta Example: I need to.
        reasoning_details (list[ReasoningDetailEncrypted | ReasoningDetailServerToolCall | ReasoningDetailSummary |
            ReasoningDetailText] | None): Reasoning details for extended thinking models Example: [{'text': 'Let me think
            about this...', 'type': 'reasoning.text'}].
        refusal (str | None): Refusal message delta
        role (ChatStreamDeltaRole | None): The role of the message author Example: assistant.
        tool_calls (list[ChatStreamToolCall] | None): Tool calls delta
        annotations (list[ChatFileAnnotation | ChatUrlCitationAnnotation] | None):
    """

    audio: ChatAudioOutput | None = ABSENT
    content: str | None = ABSENT
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
    role: ChatStreamDeltaRole | None = ABSENT
    tool_calls: list[ChatStreamToolCall] | None = ABSENT
    annotations: list[ChatFileAnnotation | ChatUrlCitationAnnotation] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio", "audio"),
        ("content", "content"),
        ("reasoning", "reasoning"),
        ("reasoning_details", "reasoning_details"),
        ("refusal", "refusal"),
        ("role", "role"),
        ("tool_calls", "tool_calls"),
        ("annotations", "annotations"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_audio_output import ChatAudioOutput
        from ..models.chat_file_annotation import ChatFileAnnotation
        from ..models.chat_stream_delta_role import ChatStreamDeltaRole
        from ..models.chat_stream_tool_call import ChatStreamToolCall
        from ..models.chat_url_citation_annotation import ChatUrlCitationAnnotation
        from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted
        from ..models.reasoning_detail_server_tool_call import (
            ReasoningDetailServerToolCall,
        )
        from ..models.reasoning_detail_summary import ReasoningDetailSummary
        from ..models.reasoning_detail_text import ReasoningDetailText

        def audio_(raw__: Any) -> Any:
            audio = ChatAudioOutput.from_dict(raw__)

            return audio

        def reasoning_details_(raw__: Any) -> Any:
            reasoning_details = []
            _reasoning_details = raw__
            for (
                componentsschemas_chat_stream_reasoning_details_item_data
            ) in _reasoning_details:

                def _parse_componentsschemas_chat_stream_reasoning_details_item(
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

                componentsschemas_chat_stream_reasoning_details_item = (
                    _parse_componentsschemas_chat_stream_reasoning_details_item(
                        componentsschemas_chat_stream_reasoning_details_item_data
                    )
                )

                reasoning_details.append(
                    componentsschemas_chat_stream_reasoning_details_item
                )

            return reasoning_details

        def role_(raw__: Any) -> Any:
            role = ChatStreamDeltaRole(raw__)

            return role

        def tool_calls_(raw__: Any) -> Any:
            tool_calls = []
            _tool_calls = raw__
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatStreamToolCall.from_dict(tool_calls_item_data)

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
            "audio": audio_,
            "reasoning_details": reasoning_details_,
            "role": role_,
            "tool_calls": tool_calls_,
            "annotations": annotations_,
        }
