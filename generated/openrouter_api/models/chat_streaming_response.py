from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_stream_chunk import ChatStreamChunk


@_attrs_define(slots=False, repr=False)
class ChatStreamingResponse(LazyModel):
    """
    Example:
        {'data': {'choices': [{'delta': {'content': 'Hello', 'role': 'assistant'}, 'finish_reason': None, 'index': 0}],
            'created': 1677652288, 'id': 'chatcmpl-123', 'model': 'openai/gpt-4', 'object': 'chat.completion.chunk'}}

    Attributes:
        data (ChatStreamChunk): Streaming chat completion chunk Example: {'choices': [{'delta': {'content': 'Hello',
            'role': 'assistant'}, 'finish_reason': None, 'index': 0}], 'created': 1677652288, 'id': 'chatcmpl-123', 'model':
            'openai/gpt-4', 'object': 'chat.completion.chunk'}.
    """

    data: ChatStreamChunk
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_stream_chunk import ChatStreamChunk

        def data_(raw__: Any) -> Any:
            data = ChatStreamChunk.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
