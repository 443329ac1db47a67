from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_stream_chunk_error_metadata import ChatStreamChunkErrorMetadata


@_attrs_define(slots=False, repr=False)
class ChatStreamChunkError(LazyModel):
    """Error information

    Example:
        {'code': 429, 'message': 'Rate limit exceeded', 'metadata': {'error_type': 'rate_limit_exceeded'}}

    Attributes:
        message (str): Error message Example: Rate limit exceeded.
        metadata (ChatStreamChunkErrorMetadata | None): Structured error metadata
        code (int | str | None): HTTP-style status as an integer, or a string code
    """

    message: str
    metadata: ChatStreamChunkErrorMetadata | None = ABSENT
    code: int | str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("metadata", "metadata"),
        ("code", "code"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_stream_chunk_error_metadata import (
            ChatStreamChunkErrorMetadata,
        )

        def metadata_(raw__: Any) -> Any:
            metadata = ChatStreamChunkErrorMetadata.from_dict(raw__)

            return metadata

        return {
            "metadata": metadata_,
        }
