from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.base_inputs_item_phase import BaseInputsItemPhase
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.output_message_item_role import OutputMessageItemRole
    from ..models.output_message_item_status import OutputMessageItemStatus
    from ..models.output_message_item_type import OutputMessageItemType
    from ..models.response_output_text import ResponseOutputText


@_attrs_define(slots=False, repr=False)
class OutputMessageItem(LazyModel):
    """An output message item

    Example:
        {'content': [{'annotations': [], 'text': 'Hello! How can I help you?', 'type': 'output_text'}], 'id': 'msg-123',
            'role': 'assistant', 'status': 'completed', 'type': 'message'}

    Attributes:
        content (list[OpenAIResponsesRefusalContent | ResponseOutputText]):
        id (str):
        role (OutputMessageItemRole):
        type (OutputMessageItemType):
        phase (BaseInputsItemPhase | None): The phase of an assistant message. Use `commentary` for an intermediate
            assistant message and `final_answer` for the final assistant message. For follow-up requests with models like
            `gpt-5.3-codex` and later, preserve and resend phase on all assistant messages. Omitting it can degrade
            performance. Not used for user messages.
        status (OutputMessageItemStatus | None):
    """

    content: list[OpenAIResponsesRefusalContent | ResponseOutputText]
    id: str
    role: OutputMessageItemRole
    type: OutputMessageItemType
    phase: BaseInputsItemPhase | None = ABSENT
    status: OutputMessageItemStatus | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("id", "id"),
        ("role", "role"),
        ("type", "type"),
        ("phase", "phase"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "id",
            "role",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("role", "assistant"),
        ("type", "message"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.base_inputs_item_phase import BaseInputsItemPhase
        from ..models.open_ai_responses_refusal_content import (
            OpenAIResponsesRefusalContent,
        )
        from ..models.output_message_item_role import OutputMessageItemRole
        from ..models.output_message_item_status import OutputMessageItemStatus
        from ..models.output_message_item_type import OutputMessageItemType
        from ..models.response_output_text import ResponseOutputText

        def content_(raw__: Any) -> Any:
            content = []
            _content = raw__
            for content_item_data in _content:

                def _parse_content_item(
                    data: object,
                ) -> OpenAIResponsesRefusalContent | ResponseOutputText:
                    if ResponseOutputText.accepts(data):
                        content_item_type_0 = ResponseOutputText.from_dict(data)

                        return content_item_type_0
                    if OpenAIResponsesRefusalContent.accepts(data):
                        content_item_type_1 = OpenAIResponsesRefusalContent.from_dict(
                            data
                        )

                        return content_item_type_1
                    if ResponseOutputText.discriminated_by(data):
                        return ResponseOutputText.from_dict(data)
                    if OpenAIResponsesRefusalContent.discriminated_by(data):
                        return OpenAIResponsesRefusalContent.from_dict(data)
                    return cast(
                        OpenAIResponsesRefusalContent | ResponseOutputText, data
                    )

                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

            return content

        def role_(raw__: Any) -> Any:
            role = OutputMessageItemRole(raw__)

            return role

        def type_(raw__: Any) -> Any:
            type = OutputMessageItemType(raw__)

            return type

        def phase_(raw__: Any) -> Any:
            def _parse_phase(data: object) -> BaseInputsItemPhase | None:
                if data is None:
                    return data
                if BaseInputsItemPhase.is_declared(data):
                    phase_type_0 = BaseInputsItemPhase(data)

                    return phase_type_0
                if isinstance(data, str):
                    return BaseInputsItemPhase(data)
                return cast(BaseInputsItemPhase | None, data)

            phase = _parse_phase(raw__)

            return phase

        def status_(raw__: Any) -> Any:
            status = OutputMessageItemStatus(raw__)

            return status

        return {
            "content": content_,
            "role": role_,
            "type": type_,
            "phase": phase_,
            "status": status_,
        }
