"""``client.chat.completions``: create chat completions, whole or streamed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from ..._options import RequestOptions, split_options
from .._resource import AsyncAPIResource, SyncAPIResource
from .stream import AsyncChatCompletionStream, ChatCompletionStream, check_keep_chunks

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import ChatResult
    from openrouter_api.params import (
        ChatCompletionCreateParam,
        ChatCompletionParseParam,
        ChatCompletionRunToolsParam,
        ChatFunctionToolParam,
        ChatMessagesParam,
    )
    from openrouter_api.types import LazyModel

    from ... import AsyncOpenRouter, OpenRouter
    from ..._request import Operation
    from ...builders.tools import Tool
    from .parsing import ParsedChatResult
    from .tool_loop import ToolRun

    MessageInput = ChatMessagesParam | LazyModel | Mapping[str, Any]
    ToolInput = ChatFunctionToolParam | Tool[..., Any]

    class ChatCompletionArgs(ChatCompletionCreateParam, RequestOptions, total=False):
        """Every chat request parameter of the spec, plus per-call options."""

    class ChatParseArgs(ChatCompletionParseParam, RequestOptions, total=False):
        """The chat request parameters but ``response_format`` (``parse`` makes it)."""

    class ChatRunToolsArgs(ChatCompletionRunToolsParam, RequestOptions, total=False):
        """The chat request parameters but ``tools`` (``run_tools`` takes Python tools)."""


__all__ = [
    "AsyncChat",
    "AsyncChatCompletionStream",
    "AsyncCompletions",
    "Chat",
    "ChatCompletionStream",
    "Completions",
]

T = TypeVar("T")


def _message(message: Any, position: int) -> Any:
    """A message as JSON: dicts pass untouched; generated models (e.g. an earlier answer's
    ``choices[0].message``, with its ``reasoning_details``) are encoded losslessly."""
    if type(message) is dict:
        return message
    to_dict = getattr(message, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(message, Mapping):
        return dict(message)
    raise TypeError(
        f"messages[{position}] must be a dict, a message builder result or a generated message "
        f"model, not {type(message).__name__}"
    )


def _tool_param(item: Any) -> Any:
    """A ``tools`` item as JSON: ``Tool`` objects (``@tool``) give their definition."""
    to_param = getattr(item, "to_param", None)
    return to_param() if callable(to_param) else item


def encode_messages(messages: Iterable[Any]) -> list[Any]:
    """The messages as JSON, or a clear error when they are not a list of messages."""
    if isinstance(messages, (str, bytes, Mapping)) or not isinstance(messages, Iterable):
        raise TypeError(
            "messages must be a list of messages, e.g. [user('Hi')] or "
            f"[{{'role': 'user', 'content': 'Hi'}}], not {type(messages).__name__}"
        )
    return [_message(m, i) for i, m in enumerate(messages)]


def chat_request(
    messages: Iterable[Any], stream: bool, params: dict[str, Any]
) -> tuple[Operation[ChatResult], dict[str, Any], RequestOptions]:
    """The operation, its arguments and the per-call options of ``create``: only the arguments
    given are sent (``temperature=0`` too)."""
    from openrouter_api.api.chat import send_chat_completion_request

    encoded = encode_messages(messages)
    options = split_options(params)
    tools = params.get("tools")
    if tools is not None and not isinstance(tools, (str, bytes, Mapping)):
        params["tools"] = [_tool_param(item) for item in tools]
    body = params
    body["messages"] = encoded
    if stream:
        body["stream"] = True
    return send_chat_completion_request, {"body": body}, options


class Completions(SyncAPIResource):
    """Chat completions (blocking)."""

    @overload
    def create(
        self,
        *,
        messages: Iterable[MessageInput],
        stream: Literal[False] = False,
        tools: Iterable[ToolInput] | None = None,
        **params: Unpack[ChatCompletionArgs],
    ) -> ChatResult: ...

    @overload
    def create(
        self,
        *,
        messages: Iterable[MessageInput],
        stream: Literal[True],
        tools: Iterable[ToolInput] | None = None,
        keep_chunks: bool = False,
        **params: Unpack[ChatCompletionArgs],
    ) -> ChatCompletionStream: ...

    @overload
    def create(
        self,
        *,
        messages: Iterable[MessageInput],
        stream: bool,
        tools: Iterable[ToolInput] | None = None,
        keep_chunks: bool = False,
        **params: Unpack[ChatCompletionArgs],
    ) -> ChatResult | ChatCompletionStream: ...

    def create(
        self,
        *,
        messages: Iterable[MessageInput],
        stream: bool = False,
        tools: Iterable[ToolInput] | None = None,
        keep_chunks: bool = False,
        **params: Any,
    ) -> ChatResult | ChatCompletionStream:
        """Send a conversation; get the answer, or (``stream=True``) a stream of chunks.

        Every request field of the spec is a keyword argument; only those given are sent.
        ``extra_body``, ``extra_headers``, ``extra_query``, ``timeout`` and ``max_retries``
        apply to this call only. ``keep_chunks=True`` keeps the raw JSON of every chunk on the
        stream's ``chunks`` (a stream keeps only the assembled answer otherwise).
        """
        check_keep_chunks(stream, keep_chunks)
        if tools is not None:
            params["tools"] = tools
        op, args, options = chat_request(messages, stream, params)
        if stream:
            return ChatCompletionStream(self._open(op, args, options), keep_chunks=keep_chunks)
        return self._request(op, args, options)

    @overload
    def parse(
        self,
        *,
        messages: Iterable[MessageInput],
        response_format: type[T],
        healing: bool = False,
        strict: bool = True,
        name: str | None = None,
        **params: Unpack[ChatParseArgs],
    ) -> ParsedChatResult[T]: ...

    @overload
    def parse(
        self,
        *,
        messages: Iterable[MessageInput],
        response_format: Mapping[str, Any],
        healing: bool = False,
        strict: bool = True,
        name: str | None = None,
        **params: Unpack[ChatParseArgs],
    ) -> ParsedChatResult[Any]: ...

    def parse(
        self,
        *,
        messages: Iterable[MessageInput],
        response_format: Any,
        healing: bool = False,
        strict: bool = True,
        name: str | None = None,
        **params: Any,
    ) -> ParsedChatResult[Any]:
        """Ask for JSON shaped like ``response_format`` (a dataclass, attrs class, TypedDict or
        JSON Schema) and read the answer as it: ``.parsed``. ``healing=True`` adds OpenRouter's
        response-healing plugin (repairs malformed JSON). A refusal, an empty answer or JSON
        that does not fit raises ``StructuredOutputError`` keeping the text received."""
        from .parsing import parse_request, parsed_result

        parse_as = parse_request(response_format, params, healing=healing, strict=strict, name=name)
        return parsed_result(self.create(messages=messages, **params), parse_as)

    def run_tools(
        self,
        *,
        messages: Iterable[MessageInput],
        tools: Iterable[Any],
        max_steps: int = 8,
        parallel: bool = True,
        **params: Unpack[ChatRunToolsArgs],
    ) -> ToolRun:
        """Call the model, run the tools it calls, send their results back; repeat until it
        answers without tools. Returns a ``ToolRun`` (``.result``, ``.messages``, ``.steps``).

        ``tools``: ``@tool`` functions, plain typed functions, or definition dicts (server
        tools). Calls of one turn run concurrently in threads unless ``parallel=False``; a tool
        that raises, an unknown tool or bad arguments send ``{"error": "..."}`` to the model.
        More than ``max_steps`` requests raises ``ToolLoopLimitError`` (its ``.run`` keeps all).
        """
        from .tool_loop import run_tools_sync

        args: dict[str, Any] = dict(params)
        return run_tools_sync(self.create, messages, tools, max_steps, parallel, args)


class AsyncCompletions(AsyncAPIResource):
    """Chat completions (awaitable)."""

    @overload
    async def create(
        self,
        *,
        messages: Iterable[MessageInput],
        stream: Literal[False] = False,
        tools: Iterable[ToolInput] | None = None,
        **params: Unpack[ChatCompletionArgs],
    ) -> ChatResult: ...

    @overload
    async def create(
        self,
        *,
        messages: Iterable[MessageInput],
        stream: Literal[True],
        tools: Iterable[ToolInput] | None = None,
        keep_chunks: bool = False,
        **params: Unpack[ChatCompletionArgs],
    ) -> AsyncChatCompletionStream: ...

    @overload
    async def create(
        self,
        *,
        messages: Iterable[MessageInput],
        stream: bool,
        tools: Iterable[ToolInput] | None = None,
        keep_chunks: bool = False,
        **params: Unpack[ChatCompletionArgs],
    ) -> ChatResult | AsyncChatCompletionStream: ...

    async def create(
        self,
        *,
        messages: Iterable[MessageInput],
        stream: bool = False,
        tools: Iterable[ToolInput] | None = None,
        keep_chunks: bool = False,
        **params: Any,
    ) -> ChatResult | AsyncChatCompletionStream:
        """Send a conversation; get the answer, or (``stream=True``) a stream of chunks."""
        check_keep_chunks(stream, keep_chunks)
        if tools is not None:
            params["tools"] = tools
        op, args, options = chat_request(messages, stream, params)
        if stream:
            response = await self._open(op, args, options)
            return AsyncChatCompletionStream(response, keep_chunks=keep_chunks)
        return await self._request(op, args, options)

    @overload
    async def parse(
        self,
        *,
        messages: Iterable[MessageInput],
        response_format: type[T],
        healing: bool = False,
        strict: bool = True,
        name: str | None = None,
        **params: Unpack[ChatParseArgs],
    ) -> ParsedChatResult[T]: ...

    @overload
    async def parse(
        self,
        *,
        messages: Iterable[MessageInput],
        response_format: Mapping[str, Any],
        healing: bool = False,
        strict: bool = True,
        name: str | None = None,
        **params: Unpack[ChatParseArgs],
    ) -> ParsedChatResult[Any]: ...

    async def parse(
        self,
        *,
        messages: Iterable[MessageInput],
        response_format: Any,
        healing: bool = False,
        strict: bool = True,
        name: str | None = None,
        **params: Any,
    ) -> ParsedChatResult[Any]:
        """Ask for JSON shaped like ``response_format``; the answer read as it: ``.parsed``."""
        from .parsing import parse_request, parsed_result

        parse_as = parse_request(response_format, params, healing=healing, strict=strict, name=name)
        return parsed_result(await self.create(messages=messages, **params), parse_as)

    async def run_tools(
        self,
        *,
        messages: Iterable[MessageInput],
        tools: Iterable[Any],
        max_steps: int = 8,
        parallel: bool = True,
        **params: Unpack[ChatRunToolsArgs],
    ) -> ToolRun:
        """Call the model and run the tools it calls until it answers without tools (see
        ``Completions.run_tools``); concurrent calls run with ``asyncio.gather``, blocking
        tools in threads, ``async`` tools awaited."""
        from .tool_loop import run_tools_async

        args: dict[str, Any] = dict(params)
        return await run_tools_async(self.create, messages, tools, max_steps, parallel, args)


class Chat:
    def __init__(self, client: OpenRouter) -> None:
        self.completions = Completions(client)


class AsyncChat:
    def __init__(self, client: AsyncOpenRouter) -> None:
        self.completions = AsyncCompletions(client)
