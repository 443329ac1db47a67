from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_stream_choice import ChatStreamChoice
    from ..models.chat_stream_chunk_debug import ChatStreamChunkDebug
    from ..models.chat_stream_chunk_error import ChatStreamChunkError
    from ..models.chat_stream_chunk_object import ChatStreamChunkObject
    from ..models.chat_usage import ChatUsage
    from ..models.open_router_metadata import OpenRouterMetadata


@_attrs_define(slots=False, repr=False)
class ChatStreamChunk(LazyModel):
    """Streaming chat completion chunk

    Example:
        {'choices': [{'delta': {'content': 'Hello', 'role': 'assistant'}, 'finish_reason': None, 'index': 0}],
            'created': 1677652288, 'id': 'chatcmpl-123', 'model': 'openai/gpt-4', 'object': 'chat.completion.chunk'}

    Attributes:
        choices (list[ChatStreamChoice]): List of streaming chunk choices
        created (int): Unix timestamp of creation Example: 1677652288.
        id (str): Unique chunk identifier Example: chatcmpl-123.
        model (str): Model used for completion Example: openai/gpt-4.
        object (ChatStreamChunkObject):
        error (ChatStreamChunkError | None): Error information Example: {'code': 429, 'message': 'Rate limit exceeded',
            'metadata': {'error_type': 'rate_limit_exceeded'}}.
        openrouter_metadata (OpenRouterMetadata | None):  Example: {'attempt': 1, 'endpoints': {'available': [{'model':
            'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}], 'total': 1}, 'is_byok': False, 'region': 'iad',
            'requested': 'openai/gpt-4o', 'strategy': 'direct', 'summary': 'available=1, selected=OpenAI'}.
        service_tier (str | None): The service tier used by the upstream provider for this request Example: default.
        system_fingerprint (str | None): System fingerprint Example: fp_44709d6fcb.
        usage (ChatUsage | None): Token usage statistics Example: {'completion_tokens': 15, 'completion_tokens_details':
            {'reasoning_tokens': 5}, 'cost': 0.0012, 'cost_details': {'upstream_inference_completions_cost': 0.0004,
            'upstream_inference_cost': None, 'upstream_inference_prompt_cost': 0.0008}, 'is_byok': False, 'prompt_tokens':
            10, 'prompt_tokens_details': {'cached_tokens': 2}, 'server_tool_use_details': {'tool_calls_executed': 2,
            'tool_calls_requested': 2}, 'total_tokens': 25}.
        provider (str | None): Name of the provider that served the request (sent by OpenRouter, undeclared upstream)
        debug (ChatStreamChunkDebug | None): Debug information, sent in the first chunk when the request asked for it
    """

    choices: list[ChatStreamChoice]
    created: int
    id: str
    model: str
    object: ChatStreamChunkObject
    error: ChatStreamChunkError | None = ABSENT
    openrouter_metadata: OpenRouterMetadata | None = ABSENT
    service_tier: str | None = ABSENT
    system_fingerprint: str | None = ABSENT
    usage: ChatUsage | None = ABSENT
    provider: str | None = ABSENT
    debug: ChatStreamChunkDebug | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("choices", "choices"),
        ("created", "created"),
        ("id", "id"),
        ("model", "model"),
        ("object", "object"),
        ("error", "error"),
        ("openrouter_metadata", "openrouter_metadata"),
        ("service_tier", "service_tier"),
        ("system_fingerprint", "system_fingerprint"),
        ("usage", "usage"),
        ("provider", "provider"),
        ("debug", "debug"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "choices",
            "created",
            "id",
            "model",
            "object",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "choices",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("object", "chat.completion.chunk"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_stream_choice import ChatStreamChoice
        from ..models.chat_stream_chunk_debug import ChatStreamChunkDebug
        from ..models.chat_stream_chunk_error import ChatStreamChunkError
        from ..models.chat_stream_chunk_object import ChatStreamChunkObject
        from ..models.chat_usage import ChatUsage
        from ..models.open_router_metadata import OpenRouterMetadata

        def choices_(raw__: Any) -> Any:
            choices = []
            _choices = raw__
            for choices_item_data in _choices:
                choices_item = ChatStreamChoice.from_dict(choices_item_data)

                choices.append(choices_item)

            return choices

        def object_(raw__: Any) -> Any:
            object = ChatStreamChunkObject(raw__)

            return object

        def error_(raw__: Any) -> Any:
            error = ChatStreamChunkError.from_dict(raw__)

            return error

        def openrouter_metadata_(raw__: Any) -> Any:
            openrouter_metadata = OpenRouterMetadata.from_dict(raw__)

            return openrouter_metadata

        def usage_(raw__: Any) -> Any:
            usage = ChatUsage.from_dict(raw__)

            return usage

        def debug_(raw__: Any) -> Any:
            debug = ChatStreamChunkDebug.from_dict(raw__)

            return debug

        return {
            "choices": choices_,
            "object": object_,
            "error": error_,
            "openrouter_metadata": openrouter_metadata_,
            "usage": usage_,
            "debug": debug_,
        }
