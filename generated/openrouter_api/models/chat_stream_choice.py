from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_finish_reason_enum import ChatFinishReasonEnum
    from ..models.chat_stream_delta import ChatStreamDelta
    from ..models.chat_token_logprobs import ChatTokenLogprobs


@_attrs_define(slots=False, repr=False)
class ChatStreamChoice(LazyModel):
    """Streaming completion choice chunk

    Example:
        {'delta': {'content': 'Hello', 'role': 'assistant'}, 'finish_reason': None, 'index': 0}

    Attributes:
        delta (ChatStreamDelta): Delta changes in streaming response Example: {'content': 'Hello', 'role': 'assistant'}.
        index (int): Choice index Example: 0.
        finish_reason (ChatFinishReasonEnum | None):
        logprobs (ChatTokenLogprobs | None):
        native_finish_reason (str | None): The finish reason exactly as the provider reported it (undeclared upstream)
    """

    delta: ChatStreamDelta
    index: int
    finish_reason: ChatFinishReasonEnum | None = ABSENT
    logprobs: ChatTokenLogprobs | None = ABSENT
    native_finish_reason: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("index", "index"),
        ("finish_reason", "finish_reason"),
        ("logprobs", "logprobs"),
        ("native_finish_reason", "native_finish_reason"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "delta",
            "index",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "delta",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_finish_reason_enum import ChatFinishReasonEnum
        from ..models.chat_stream_delta import ChatStreamDelta
        from ..models.chat_token_logprobs import ChatTokenLogprobs

        def delta_(raw__: Any) -> Any:
            delta = ChatStreamDelta.from_dict(raw__)

            return delta

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

        return {
            "delta": delta_,
            "finish_reason": finish_reason_,
            "logprobs": logprobs_,
        }
