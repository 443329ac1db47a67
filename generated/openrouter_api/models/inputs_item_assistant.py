from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inputs_item_assistant_type import InputsItemAssistantType
from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.base_inputs_item_phase import BaseInputsItemPhase
    from ..models.inputs_item_assistant_role import InputsItemAssistantRole
    from ..models.inputs_item_assistant_status import InputsItemAssistantStatus
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.response_output_text import ResponseOutputText


@_attrs_define(slots=False, repr=False)
class InputsItemAssistant(LazyModel):
    """An output message item

    Example:
        {'content': [{'annotations': [], 'text': 'Hello! How can I help you?', 'type': 'output_text'}], 'id': 'msg-123',
            'role': 'assistant', 'status': 'completed', 'type': 'message'}

    Attributes:
        content (list[OpenAIResponsesRefusalContent | ResponseOutputText] | str | None):
        id (str):
        role (InputsItemAssistantRole):
        type (InputsItemAssistantType):  Default: InputsItemAssistantType.MESSAGE.
        phase (BaseInputsItemPhase | None): The phase of an assistant message. Use `commentary` for an intermediate
            assistant message and `final_answer` for the final assistant message. For follow-up requests with models like
            `gpt-5.3-codex` and later, preserve and resend phase on all assistant messages. Omitting it can degrade
            performance. Not used for user messages.
        status (InputsItemAssistantStatus | None):
    """

    content: list[OpenAIResponsesRefusalContent | ResponseOutputText] | str | None
    id: str
    role: InputsItemAssistantRole
    type: InputsItemAssistantType = InputsItemAssistantType.MESSAGE
    phase: BaseInputsItemPhase | None = ABSENT
    status: InputsItemAssistantStatus | None = ABSENT
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("role", "assistant"),
        ("type", "message"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.base_inputs_item_phase import BaseInputsItemPhase
        from ..models.inputs_item_assistant_role import InputsItemAssistantRole
        from ..models.inputs_item_assistant_status import InputsItemAssistantStatus
        from ..models.inputs_item_assistant_type import InputsItemAssistantType
        from ..models.open_ai_responses_refusal_content import (
            OpenAIResponsesRefusalContent,
        )
        from ..models.response_output_text import ResponseOutputText

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> list[OpenAIResponsesRefusalContent | ResponseOutputText] | None | str:
                if data is None:
                    return data
                if isinstance(data, list):
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:

                        def _parse_content_type_0_item(
                            data: object,
                        ) -> OpenAIResponsesRefusalContent | ResponseOutputText:
                            if ResponseOutputText.accepts(data):
                                content_type_0_item_type_0 = (
                                    ResponseOutputText.from_dict(data)
                                )

                                return content_type_0_item_type_0
                            if OpenAIResponsesRefusalContent.accepts(data):
                                content_type_0_item_type_1 = (
                                    OpenAIResponsesRefusalContent.from_dict(data)
                                )

                                return content_type_0_item_type_1
                            if ResponseOutputText.discriminated_by(data):
                                return ResponseOutputText.from_dict(data)
                            if OpenAIResponsesRefusalContent.discriminated_by(data):
                                return OpenAIResponsesRefusalContent.from_dict(data)
                            return cast(
                                OpenAIResponsesRefusalContent | ResponseOutputText, data
                            )

                        content_type_0_item = _parse_content_type_0_item(
                            content_type_0_item_data
                        )

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                return cast(
                    list[OpenAIResponsesRefusalContent | ResponseOutputText]
                    | None
                    | str,
                    data,
                )

            content = _parse_content(raw__)

            return content

        def role_(raw__: Any) -> Any:
            role = InputsItemAssistantRole(raw__)

            return role

        def type_(raw__: Any) -> Any:
            type = InputsItemAssistantType(raw__)

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
            status = InputsItemAssistantStatus(raw__)

            return status

        return {
            "content": content_,
            "role": role_,
            "type": type_,
            "phase": phase_,
            "status": status_,
        }
