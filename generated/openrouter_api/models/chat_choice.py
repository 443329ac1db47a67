from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_choice_error import ChatChoiceError
    from ..models.chat_finish_reason_enum import ChatFinishReasonEnum
    from ..models.chat_token_logprobs import ChatTokenLogprobs


@_attrs_define(slots=False, repr=False)
class ChatChoice(LazyModel):
    """Chat completion choice

    Example:
        {'finish_reason': 'stop', 'index': 0, 'logprobs': None, 'message': {'content': 'The capital of France is
            Paris.', 'role': 'assistant'}}

    Attributes:
        message (ChatAssistantMessage): Assistant message for requests and responses Example: {'content': 'The capital
            of France is Paris.', 'model': 'openai/gpt-4o', 'role': 'assistant'}.
        finish_reason (ChatFinishReasonEnum | None):
        index (int | None): Choice index Example: 0.
        logprobs (ChatTokenLogprobs | None):
        native_finish_reason (str | None): The finish reason exactly as the provider reported it (undeclared upstream)
        error (ChatChoiceError | None): Error of a choice whose generation failed part way (finish_reason "error")
    """

    message: ChatAssistantMessage
    finish_reason: ChatFinishReasonEnum | None = ABSENT
    index: int | None = ABSENT
    logprobs: ChatTokenLogprobs | None = ABSENT
    native_finish_reason: str | None = ABSENT
    error: ChatChoiceError | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("finish_reason", "finish_reason"),
        ("index", "index"),
        ("logprobs", "logprobs"),
        ("native_finish_reason", "native_finish_reason"),
        ("error", "error"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_assistant_message import ChatAssistantMessage
        from ..models.chat_choice_error import ChatChoiceError
        from ..models.chat_finish_reason_enum import ChatFinishReasonEnum
        from ..models.chat_token_logprobs import ChatTokenLogprobs

        def message_(raw__: Any) -> Any:
            message = ChatAssistantMessage.from_dict(raw__)

            return message

        def finish_reason_(raw__: Any) -> Any:
            def _parse_finish_reason(data: object) -> ChatFinishReasonEnum | None:
                if data is None:
                    return data
                if ChatFinishReasonEnum.is_declared(data):
                    finish_reason_type_0 = ChatFinishReasonEnum(data)

                    return finish_reason_type_0
                if isinstance(data, str):
                    return ChatFinishReasonEnum(data)
                return cast(ChatFinishReasonEnum | None, data)

            finish_reason = _parse_finish_reason(raw__)

            return finish_reason

        def logprobs_(raw__: Any) -> Any:
            def _parse_logprobs(data: object) -> ChatTokenLogprobs | None:
                if data is None:
                    return data
                if ChatTokenLogprobs.accepts(data):
                    logprobs_type_0 = ChatTokenLogprobs.from_dict(data)

                    return logprobs_type_0
                if ChatTokenLogprobs.discriminated_by(data):
                    return ChatTokenLogprobs.from_dict(data)
                return cast(ChatTokenLogprobs | None, data)

            logprobs = _parse_logprobs(raw__)

            return logprobs

        def error_(raw__: Any) -> Any:
            error = ChatChoiceError.from_dict(raw__)

            return error

        return {
            "message": message_,
            "finish_reason": finish_reason_,
            "logprobs": logprobs_,
            "error": error_,
        }
