"""Chat completions shaped like OpenRouter's, as one JSON body or as an SSE stream.

One ``ChatReply`` describes an answer (text, tool calls, usage) and how to deliver it; it picks
JSON or SSE from the request's ``stream`` flag unless told. Streams follow OpenRouter's order:
optional ``: OPENROUTER PROCESSING`` comments, content deltas (``role`` repeated, as OpenRouter
does), tool-call deltas with argument fragments, the finish chunk, the usage chunk with
``choices: []``, then ``data: [DONE]``. The knobs after ``headers`` shape faults and errors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from ._script import Close, Reset, Response, Send, Sleep, Step, WirePlan, merge_headers
from ._wire import (
    DONE_EVENT,
    KEEPALIVE_COMMENT,
    compact_json,
    json_headers,
    new_id,
    now,
    sse_data,
    sse_headers,
)

if TYPE_CHECKING:
    from ._request import RecordedRequest

__all__ = [
    "DEFAULT_MODEL",
    "DEFAULT_PROVIDER",
    "DEFAULT_TEXT",
    "ChatReply",
    "ErrorShape",
    "ToolCall",
]

DEFAULT_MODEL = "openai/gpt-4o-mini"
DEFAULT_PROVIDER = "OpenAI"
DEFAULT_TEXT = "Hello from MockOpenRouter!"
ErrorShape: TypeAlias = Literal["docs", "top_level", "choice", "bare"]
# What a tool call may be given as: {"name": ..., "arguments": dict | str, "id": optional}.
ToolCall: TypeAlias = Mapping[str, Any]

_WORDS = re.compile(r"\s*\S+")
_PROMPT_PRICE = 0.15e-6  # per token, openai/gpt-4o-mini list prices; only to make cost non-zero
_COMPLETION_PRICE = 0.6e-6


def split_text(text: str, chunk_size: int | None) -> list[str]:
    """Stream pieces: word-like tokens (``"Hello"``, ``" world"``) or fixed-size slices."""
    if not text:
        return []
    if chunk_size is not None:
        size = max(1, chunk_size)
        return [text[i : i + size] for i in range(0, len(text), size)]
    pieces = _WORDS.findall(text)
    rest = len(text) - sum(map(len, pieces))
    if rest:  # trailing whitespace rides on the last piece; all-space text is one piece
        pieces[-1:] = [pieces[-1] + text[-rest:]] if pieces else [text]
    return pieces


def estimate_tokens(text: str) -> int:
    return max(1, (len(text) + 3) // 4) if text else 0


def message_tokens(message: Any) -> int:
    """A deterministic stand-in for one message's token count (about 4 characters a token)."""
    content = message.get("content") if isinstance(message, dict) else None
    text = content if isinstance(content, str) else json.dumps(content)
    return 4 + estimate_tokens(text)


def prompt_tokens(request: RecordedRequest) -> int:
    """A deterministic stand-in for the prompt's token count."""
    body = request.json
    messages = body.get("messages") if isinstance(body, dict) else None
    if not isinstance(messages, list):
        return 1
    return max(1, sum(message_tokens(message) for message in messages))


def usage_body(prompt: int, completion: int, extra: Mapping[str, Any] | None) -> dict[str, Any]:
    """A usage object like OpenRouter's (tokens, details, ``cost``), ``extra`` merged on top."""
    prompt_cost = round(prompt * _PROMPT_PRICE, 10)
    completion_cost = round(completion * _COMPLETION_PRICE, 10)
    usage: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "cost": round(prompt_cost + completion_cost, 10),
        "is_byok": False,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "cost_details": {
            "upstream_inference_cost": None,
            "upstream_inference_prompt_cost": prompt_cost,
            "upstream_inference_completions_cost": completion_cost,
        },
        "completion_tokens_details": {"reasoning_tokens": 0, "image_tokens": 0},
    }
    if extra:
        usage.update(extra)
        if "total_tokens" not in extra:
            usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    return usage


def normalize_tool_calls(calls: Sequence[ToolCall]) -> tuple[dict[str, Any], ...]:
    """``{"name", "arguments"}`` items as complete ``{"id", "type", "function"}`` tool calls."""
    result = []
    for call in calls:
        function = call.get("function", call)
        arguments = function.get("arguments", {})
        if not isinstance(arguments, str):
            arguments = json.dumps(arguments, ensure_ascii=False)
        result.append(
            {
                "id": call.get("id") or new_id("call_", 24),
                "type": "function",
                "function": {"name": function["name"], "arguments": arguments},
            }
        )
    return tuple(result)


def error_object(code: int | str, message: str, metadata: Mapping[str, Any] | None) -> Any:
    error: dict[str, Any] = {"code": code, "message": message}
    if metadata is not None:
        error["metadata"] = dict(metadata)
    return error


@dataclass(frozen=True)
class _Context:
    id: str
    created: int
    model: str
    provider: str


@dataclass(frozen=True)
class ChatReply:
    """An OpenRouter chat completion, streamed or not (``stream=None``: as the request asks).

    ``error`` (a dict ``{"code", "message", "metadata"?}``) turns the answer into a mid-stream
    error after the content (``error_shape`` picks which published shape), or into a choice with
    ``finish_reason: "error"`` when not streamed. ``reasoning_details`` go with the reasoning
    (streamed piece by piece for a ``reasoning.text`` detail), ``annotations`` (url citations,
    parsed files) with the message, ``logprobs`` (the number of alternatives per token, 0 for
    none) adds token log-probabilities for the content. ``stall_at``/``stall_seconds`` pause the stream
    at a character offset of the content; ``split_utf8`` splits the first event holding a
    multi-byte character inside that character, as two sends ``split_pause`` apart; ``finish``,
    ``send_usage``, ``done`` and ``then`` (``Close()``/``Reset()``) cut the stream short (a
    JSON answer with ``then`` promises its full length and ends halfway). ``extra`` adds
    top-level fields to a JSON answer.
    """

    content: str | None = DEFAULT_TEXT
    tool_calls: tuple[dict[str, Any], ...] = ()
    reasoning: str | None = None
    reasoning_details: tuple[dict[str, Any], ...] = ()
    annotations: tuple[dict[str, Any], ...] = ()
    logprobs: int | None = None
    model: str | None = None
    provider: str = DEFAULT_PROVIDER
    usage: Mapping[str, Any] | None = None
    finish_reason: str | None = None
    native_finish_reason: str | None = None
    stream: bool | None = None
    chunk_size: int | None = None
    comments_before: int = 0
    delay: float = 0.0
    chunk_delay: float = 0.0
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    # Stream shaping, for faults and errors.
    error: Mapping[str, Any] | None = None
    error_shape: ErrorShape = "docs"
    finish: bool = True
    send_usage: bool = True
    done: bool = True
    then: Close | Reset | None = None
    stall_at: int | None = None
    stall_seconds: float = 0.0
    split_utf8: bool = False
    split_pause: float = 0.05
    extra: Mapping[str, Any] = field(default_factory=dict)

    def with_(self, **changes: Any) -> ChatReply:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def render(self, request: RecordedRequest) -> WirePlan:
        body = request.json if isinstance(request.json, dict) else {}
        requested_model = body.get("model")
        model = self.model or (requested_model if isinstance(requested_model, str) else None)
        ctx = _Context(new_id("gen"), now(), model or DEFAULT_MODEL, self.provider)
        streamed = request.stream if self.stream is None else self.stream
        usage = usage_body(prompt_tokens(request), self._completion_tokens(), self.usage)
        if streamed:
            steps = self._stream_steps(ctx, usage)
            headers = merge_headers(sse_headers(ctx.id), self.headers)
            return Response(self.status, headers, steps, framing="chunked", delay=self.delay)
        payload = compact_json(self._completion(ctx, usage))
        headers = merge_headers(json_headers(ctx.id), self.headers)
        if self.then is None:
            return Response(self.status, headers, payload, delay=self.delay)
        # Cut short: the full length promised, half of it sent, then the connection ends.
        steps = [Send(payload[: len(payload) // 2]), self.then]
        return Response(self.status, headers, steps, delay=self.delay, content_length=len(payload))

    # -- pieces -------------------------------------------------------------------------------

    def _finish_reason(self) -> str:
        if self.finish_reason is not None:
            return self.finish_reason
        if self.error is not None:
            return "error"
        return "tool_calls" if self.tool_calls else "stop"

    def _completion_tokens(self) -> int:
        text = (self.content or "") + (self.reasoning or "")
        text += "".join(call["function"]["arguments"] for call in self.tool_calls)
        return max(1, estimate_tokens(text))

    def _completion(self, ctx: _Context, usage: dict[str, Any]) -> dict[str, Any]:
        finish = self._finish_reason()
        message: dict[str, Any] = {
            "role": "assistant",
            "content": self.content,
            "refusal": None,
            "reasoning": self.reasoning,
        }
        if self.reasoning_details:
            message["reasoning_details"] = [dict(detail) for detail in self.reasoning_details]
        if self.tool_calls:
            message["tool_calls"] = [dict(call) for call in self.tool_calls]
        if self.annotations:
            message["annotations"] = [dict(item) for item in self.annotations]
        logprobs = None
        if self.logprobs is not None:
            pieces = split_text(self.content or "", None)
            logprobs = {"content": [self._logprob(piece) for piece in pieces], "refusal": None}
        choice: dict[str, Any] = {
            "logprobs": logprobs,
            "finish_reason": finish,
            "native_finish_reason": self.native_finish_reason or finish,
            "index": 0,
            "message": message,
        }
        if self.error is not None:
            choice["error"] = dict(self.error)
        return {
            "id": ctx.id,
            "provider": ctx.provider,
            "model": ctx.model,
            "object": "chat.completion",
            "created": ctx.created,
            "choices": [choice],
            "system_fingerprint": None,
            "usage": usage,
            **self.extra,
        }

    def _chunk(self, ctx: _Context, choices: list[Any], **more: Any) -> bytes:
        chunk: dict[str, Any] = {
            "id": ctx.id,
            "provider": ctx.provider,
            "model": ctx.model,
            "object": "chat.completion.chunk",
            "created": ctx.created,
            "choices": choices,
            **more,
        }
        return sse_data(chunk)

    def _logprob(self, token: str) -> dict[str, Any]:
        """A token's log-probability (very sure of itself) and ``logprobs`` alternatives."""
        alternatives = [token, token.strip().lower() or token, token.strip().upper() or token]
        top = [
            {"token": alt, "logprob": -0.01 if i == 0 else -4.6 - i, "bytes": list(alt.encode())}
            for i, alt in enumerate(alternatives[: self.logprobs or 0])
        ]
        return {
            "token": token,
            "logprob": -0.01,
            "bytes": list(token.encode()),
            "top_logprobs": top,
        }

    def _reasoning_deltas(self) -> list[dict[str, Any]]:
        """The reasoning as deltas: its text in pieces, each with its piece of the
        ``reasoning.text`` detail; then the rest of the details (the text detail's signature,
        summaries, encrypted ones) in one delta."""
        text_detail = next(
            (d for d in self.reasoning_details if d.get("type") == "reasoning.text"), None
        )
        deltas: list[dict[str, Any]] = []
        for piece in split_text(self.reasoning or "", self.chunk_size):
            delta: dict[str, Any] = {"role": "assistant", "content": "", "reasoning": piece}
            if text_detail is not None:
                fields = {k: v for k, v in text_detail.items() if k not in ("text", "signature")}
                delta["reasoning_details"] = [{**fields, "text": piece}]
            deltas.append(delta)
        rest = [dict(d) for d in self.reasoning_details if d is not text_detail]
        if text_detail is not None and text_detail.get("signature"):
            rest.insert(0, {**text_detail, "text": ""} if deltas else dict(text_detail))
        if rest:
            deltas.append({"role": "assistant", "content": "", "reasoning_details": rest})
        return deltas

    @staticmethod
    def _delta_choice(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {
            "index": 0,
            "delta": delta,
            "finish_reason": finish,
            "native_finish_reason": finish,
            "logprobs": None,
        }

    def _error_chunk(self, ctx: _Context) -> bytes:
        assert self.error is not None
        error = dict(self.error)
        if self.error_shape == "bare":
            return sse_data({"error": error})
        errored = {"index": 0, "delta": {"content": ""}, "finish_reason": "error"}
        head = {
            "id": ctx.id,
            "object": "chat.completion.chunk",
            "created": ctx.created,
            "model": ctx.model,
            "provider": ctx.provider,
        }
        if self.error_shape == "choice":
            choice = {**errored, "native_finish_reason": "error", "error": error}
            return sse_data({**head, "choices": [choice]})
        choices = [] if self.error_shape == "top_level" else [errored]
        return sse_data({**head, "error": error, "choices": choices})

    def _events(self, ctx: _Context, usage: dict[str, Any]) -> list[tuple[str, bytes]]:
        """Every event of the stream, tagged: comment, content, stall, finish, usage, done."""
        events: list[tuple[str, bytes]] = [("comment", KEEPALIVE_COMMENT)] * self.comments_before
        for reasoning in self._reasoning_deltas():
            events.append(("content", self._chunk(ctx, [self._delta_choice(reasoning)])))
        text = self.content or ""
        position = 0
        pieces = self._content_pieces(text)
        for number, piece in enumerate(pieces):
            delta: dict[str, Any] = {"role": "assistant", "content": piece}
            if self.annotations and number == len(pieces) - 1:
                delta["annotations"] = [dict(item) for item in self.annotations]
            choice = self._delta_choice(delta)
            if self.logprobs is not None:
                choice["logprobs"] = {"content": [self._logprob(piece)], "refusal": None}
            events.append(("content", self._chunk(ctx, [choice])))
            position += len(piece)
            if self.stall_at is not None and position == self.stall_at:
                events.append(("stall", b""))
        fragment = self.chunk_size or 12
        for index, call in enumerate(self.tool_calls):
            function = call["function"]
            opening = {
                "index": index,
                "id": call["id"],
                "type": "function",
                "function": {"name": function["name"], "arguments": ""},
            }
            delta = {"role": "assistant", "content": None, "tool_calls": [opening]}
            events.append(("content", self._chunk(ctx, [self._delta_choice(delta)])))
            arguments = function["arguments"]
            for start in range(0, len(arguments), fragment):
                part = {
                    "index": index,
                    "function": {"arguments": arguments[start : start + fragment]},
                }
                delta = {"role": "assistant", "content": None, "tool_calls": [part]}
                events.append(("content", self._chunk(ctx, [self._delta_choice(delta)])))
        if self.error is not None:
            events.append(("error", self._error_chunk(ctx)))
        else:
            if self.finish:
                finish = self._finish_reason()
                choice = self._delta_choice({"role": "assistant", "content": ""}, finish)
                choice["native_finish_reason"] = self.native_finish_reason or finish
                events.append(("finish", self._chunk(ctx, [choice])))
            if self.send_usage:
                events.append(("usage", self._chunk(ctx, [], usage=usage)))
        if self.done and self.then is None:
            events.append(("done", DONE_EVENT))
        return events

    def _content_pieces(self, text: str) -> list[str]:
        if self.stall_at is None or not 0 < self.stall_at < len(text):
            return split_text(text, self.chunk_size)
        cut = self.stall_at
        return split_text(text[:cut], self.chunk_size) + split_text(text[cut:], self.chunk_size)

    def _stream_steps(self, ctx: _Context, usage: dict[str, Any]) -> list[Step]:
        steps: list[Step] = []
        split_pending = self.split_utf8
        for kind, data in self._events(ctx, usage):
            if kind == "stall":
                steps.append(Sleep(self.stall_seconds))
                continue
            if self.chunk_delay and steps:
                steps.append(Sleep(self.chunk_delay))
            cut = _inside_multibyte(data) if split_pending and kind == "content" else None
            if cut is not None:
                steps += [Send(data[:cut]), Sleep(self.split_pause), Send(data[cut:])]
                split_pending = False
            else:
                steps.append(Send(data))
        if self.then is not None:
            steps.append(self.then)
        return steps


def _inside_multibyte(data: bytes) -> int | None:
    """An offset just after the first byte of the first multi-byte UTF-8 character, if any."""
    for offset, byte in enumerate(data):
        if byte >= 0xC0:
            return offset + 1
    return None
