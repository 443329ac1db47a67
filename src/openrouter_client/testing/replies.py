"""Builders for OpenRouter-shaped replies, for ``mock.reply(...)`` and ``mock.on(...)`` handlers.

Each returns a reply object; nothing is sent until a request takes it from the mock's queue.
Chat replies decide per request whether to stream (``"stream": true``) unless ``stream`` is set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._chat import (
    DEFAULT_PROVIDER,
    DEFAULT_TEXT,
    ChatReply,
    ErrorShape,
    ToolCall,
    error_object,
    normalize_tool_calls as _normalize_tool_calls,
)
from ._script import HeaderItems, Response, Send, Sleep, Step, header_list, merge_headers
from ._wire import DONE_EVENT, KEEPALIVE_COMMENT, compact_json, json_headers, sse_headers

__all__ = [
    "DEFAULT_TEXT",
    "ERROR_MESSAGES",
    "error",
    "json_body",
    "sse",
    "stream_error",
    "stream_text",
    "text",
    "tool_calls",
]

# The messages of OpenRouter's published error examples (spec, /chat/completions), by status.
ERROR_MESSAGES: dict[int, str] = {
    400: "Invalid request parameters",
    401: "Missing Authentication header",
    402: "Insufficient credits. Add more using https://openrouter.ai/credits",
    403: "Only management keys can perform this operation",
    404: "Resource not found",
    408: "Operation timed out. Please try again later.",
    413: "Request payload too large",
    422: "Invalid argument",
    429: "Rate limit exceeded",
    500: "Internal Server Error",
    502: "Provider returned error",
    503: "Service temporarily unavailable",
    524: "Request timed out. Please try again later.",
    529: "Provider returned error",
}


def text(
    content: str = DEFAULT_TEXT,
    *,
    model: str | None = None,
    usage: Mapping[str, Any] | None = None,
    provider: str = DEFAULT_PROVIDER,
    finish_reason: str | None = None,
    reasoning: str | None = None,
    stream: bool | None = None,
    chunk_size: int | None = None,
    comments_before: int = 0,
    delay: float = 0.0,
    chunk_delay: float = 0.0,
    headers: HeaderItems = (),
) -> ChatReply:
    """A chat answer with ``content``; JSON, or streamed when the request says ``stream: true``.

    ``model`` defaults to the requested one; ``usage`` fields override the computed usage
    (``{"cost": 0.5}``); ``delay`` waits before the headers, ``chunk_delay`` between events.
    """
    return ChatReply(
        content=content,
        model=model,
        usage=usage,
        provider=provider,
        finish_reason=finish_reason,
        reasoning=reasoning,
        stream=stream,
        chunk_size=chunk_size,
        comments_before=comments_before,
        delay=delay,
        chunk_delay=chunk_delay,
        headers=header_list(headers),
    )


def stream_text(
    content: str = DEFAULT_TEXT,
    *,
    chunk_size: int | None = None,
    comments_before: int = 0,
    delay: float = 0.0,
    chunk_delay: float = 0.0,
    done: bool = True,
    model: str | None = None,
    usage: Mapping[str, Any] | None = None,
    provider: str = DEFAULT_PROVIDER,
    finish_reason: str | None = None,
    reasoning: str | None = None,
    headers: HeaderItems = (),
) -> ChatReply:
    """``content`` as an SSE stream whatever the request asked: ``comments_before`` keep-alive
    comments, one chunk per word (or per ``chunk_size`` characters), the finish chunk, the usage
    chunk, and ``data: [DONE]`` unless ``done=False``."""
    return text(
        content,
        model=model,
        usage=usage,
        provider=provider,
        finish_reason=finish_reason,
        reasoning=reasoning,
        stream=True,
        chunk_size=chunk_size,
        comments_before=comments_before,
        delay=delay,
        chunk_delay=chunk_delay,
        headers=headers,
    ).with_(done=done)


def tool_calls(
    calls: Sequence[ToolCall],
    *,
    content: str | None = None,
    model: str | None = None,
    usage: Mapping[str, Any] | None = None,
    provider: str = DEFAULT_PROVIDER,
    stream: bool | None = None,
    chunk_size: int | None = None,
    delay: float = 0.0,
    chunk_delay: float = 0.0,
    headers: HeaderItems = (),
) -> ChatReply:
    """An answer calling tools: ``[{"name": "get_weather", "arguments": {...}}]`` (``arguments``
    a dict or a JSON string; ``id`` optional). Streamed as OpenAI-style deltas: the call's id and
    name first, then its arguments in fragments of ``chunk_size`` (default 12) characters."""
    return ChatReply(
        content=content,
        tool_calls=_normalize_tool_calls(calls),
        model=model,
        usage=usage,
        provider=provider,
        stream=stream,
        chunk_size=chunk_size,
        delay=delay,
        chunk_delay=chunk_delay,
        headers=header_list(headers),
    )


def json_body(
    body: Any,
    *,
    status: int = 200,
    headers: HeaderItems = (),
    delay: float = 0.0,
    generation_id: str | None = None,
) -> Response:
    """``body`` as compact JSON with ``Content-Length`` (``body`` may be pre-encoded bytes)."""
    payload = body if isinstance(body, bytes) else compact_json(body)
    return Response(
        status, merge_headers(json_headers(generation_id), headers), payload, delay=delay
    )


def error(
    status: int,
    message: str | None = None,
    *,
    code: int | str | None = None,
    metadata: Mapping[str, Any] | None = None,
    headers: HeaderItems = (),
    extra: Mapping[str, Any] | None = None,
    delay: float = 0.0,
) -> Response:
    """OpenRouter's error envelope ``{"error": {"code", "message", "metadata"?}}`` with
    ``status``; ``code`` defaults to the status, ``message`` to OpenRouter's published one, and
    ``extra`` adds top-level fields (``openrouter_metadata``, ``user_id``)."""
    text_ = message if message is not None else ERROR_MESSAGES.get(status, _phrase(status))
    body = {"error": error_object(status if code is None else code, text_, metadata)}
    if extra:
        body.update(extra)
    return json_body(body, status=status, headers=headers, delay=delay)


def stream_error(
    after_text: str = "partial",
    *,
    code: int | str = "server_error",
    message: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    shape: ErrorShape = "docs",
    provider: str = DEFAULT_PROVIDER,
    done: bool = False,
    stream: bool | None = True,
    chunk_size: int | None = None,
    model: str | None = None,
) -> ChatReply:
    """HTTP 200, ``after_text`` streamed, then an error chunk, as OpenRouter reports a failure
    once generation has started. ``shape``: ``"docs"`` (top-level ``error`` and ``provider`` plus a
    choice with ``finish_reason: "error"``, as the docs show), ``"top_level"`` (``error``,
    ``choices: []``), ``"choice"`` (the error inside the choice) or ``"bare"`` (``{"error": ...}``).
    ``code`` may be numeric (429) or a string (``"server_error"``): the docs show both. With
    ``stream=None`` a non-streamed request gets a JSON answer whose choice carries the error."""
    if message is None:
        message = "Rate limit exceeded" if code == 429 else "Provider disconnected unexpectedly"
    return ChatReply(
        content=after_text,
        error=error_object(code, message, metadata),
        error_shape=shape,
        provider=provider,
        done=done,
        stream=stream,
        chunk_size=chunk_size,
        model=model,
    )


def sse(
    events: Iterable[Any],
    *,
    done: bool = True,
    comments_before: int = 0,
    status: int = 200,
    headers: HeaderItems = (),
    delay: float = 0.0,
    chunk_delay: float = 0.0,
) -> Response:
    """Any SSE stream: each event is a dict (sent as ``data: <json>``), a str (one ``data:``
    line as is) or bytes (sent verbatim), each in its own send; ``data: [DONE]`` at the end."""
    encoded: list[bytes] = [KEEPALIVE_COMMENT] * comments_before
    for event in events:
        if isinstance(event, bytes):
            encoded.append(event)
        elif isinstance(event, str):
            encoded.append(b"data: " + event.encode() + b"\n\n")
        else:
            encoded.append(b"data: " + compact_json(event) + b"\n\n")
    if done:
        encoded.append(DONE_EVENT)
    steps: list[Step] = []
    for data in encoded:
        if chunk_delay and steps:
            steps.append(Sleep(chunk_delay))
        steps.append(Send(data))
    all_headers = merge_headers(sse_headers(), headers)
    return Response(status, all_headers, steps, framing="chunked", delay=delay)


def _phrase(status: int) -> str:
    from ._http import reason_phrase

    return reason_phrase(status)
