from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_stream_chunk_debug_echo_upstream_body import (
        ChatStreamChunkDebugEchoUpstreamBody,
    )


@_attrs_define(slots=False, repr=False)
class ChatStreamChunkDebug(LazyModel):
    """Debug information, sent in the first chunk when the request asked for it

    Attributes:
        echo_upstream_body (ChatStreamChunkDebugEchoUpstreamBody | None): The request body OpenRouter sent to the
            provider
    """

    echo_upstream_body: ChatStreamChunkDebugEchoUpstreamBody | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("echo_upstream_body", "echo_upstream_body"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_stream_chunk_debug_echo_upstream_body import (
            ChatStreamChunkDebugEchoUpstreamBody,
        )

        def echo_upstream_body_(raw__: Any) -> Any:
            echo_upstream_body = ChatStreamChunkDebugEchoUpstreamBody.from_dict(raw__)

            return echo_upstream_body

        return {
            "echo_upstream_body": echo_upstream_body_,
        }
