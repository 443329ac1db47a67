"""Unscripted answers of the inference endpoints besides chat: responses, messages (Anthropic
format), embeddings, rerank, images and speech, each shaped after the spec's default answer
and filled from the request (the model asked for, the inputs given, the format requested).
"""

from __future__ import annotations

import base64
import hashlib
import struct
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._chat import DEFAULT_MODEL, estimate_tokens, split_text
from ._script import Response, Send, Step, WirePlan
from ._wire import DONE_EVENT, compact_json, new_id, now, sse_data, sse_headers
from .replies import json_body

if TYPE_CHECKING:
    from ._request import RecordedRequest
    from ._spec import Operation

__all__ = [
    "PNG_1X1",
    "binary_payload",
    "embeddings",
    "images",
    "messages",
    "rerank",
    "responses",
    "speech",
]

# A transparent 1x1 PNG: a real image for every "image" the mock makes.
PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
# One silent MPEG-1 Layer III frame (128 kbit/s, 44.1 kHz): 417 bytes a player accepts.
_MP3_FRAME = b"\xff\xfb\x90\x64" + bytes(413)
# The smallest MP4 a parser recognises: an ``ftyp`` box.
_MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def _body(request: RecordedRequest) -> dict[str, Any]:
    return request.json if isinstance(request.json, dict) else {}


def _model(body: Mapping[str, Any], default: str = DEFAULT_MODEL) -> str:
    model = body.get("model")
    return model if isinstance(model, str) and model else default


def binary_payload(media_type: str, request: RecordedRequest) -> tuple[str, bytes]:
    """A small real payload (and its concrete media type) for a binary answer."""
    if media_type.startswith("audio/"):
        return speech_payload(_body(request))
    if media_type.startswith("video/"):
        return "video/mp4", _MP4
    if media_type.startswith("image/"):
        return "image/png", PNG_1X1
    return media_type, b"MockOpenRouter file content\n"


def speech_payload(body: Mapping[str, Any]) -> tuple[str, bytes]:
    if body.get("response_format") == "pcm":
        return "audio/pcm", bytes(4800)  # 0.1 s of 16-bit silence at 24 kHz
    return "audio/mpeg", _MP3_FRAME * 4


def speech(request: RecordedRequest, op: Operation) -> WirePlan:
    media_type, data = speech_payload(_body(request))
    return Response(200, [("Content-Type", media_type)], data)


def _vector(text: str, dimensions: int) -> list[float]:
    """A deterministic vector for ``text`` (the same input always embeds the same)."""
    seed = hashlib.sha256(text.encode()).digest()
    values: list[float] = []
    counter = 0
    while len(values) < dimensions:
        block = hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        values.extend(round(v / 2**31, 8) for v in struct.unpack(">8i", block))
        counter += 1
    return values[:dimensions]


def embeddings(request: RecordedRequest, op: Operation) -> WirePlan:
    body = _body(request)
    inputs = body.get("input")
    items = inputs if isinstance(inputs, list) else [inputs]
    raw_dimensions = body.get("dimensions")
    dimensions = raw_dimensions if isinstance(raw_dimensions, int) and raw_dimensions > 0 else 16
    texts = [item if isinstance(item, str) else repr(item) for item in items]
    tokens = sum(estimate_tokens(t) for t in texts) or 1
    as_base64 = body.get("encoding_format") == "base64"
    data = []
    for index, text in enumerate(texts):
        vector = _vector(text, dimensions)
        embedding: Any = vector
        if as_base64:  # little-endian float32, as OpenAI's base64 encoding
            embedding = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
        data.append({"object": "embedding", "embedding": embedding, "index": index})
    answer = {
        "id": new_id("gen"),
        "object": "list",
        "data": data,
        "model": _model(body, "openai/text-embedding-3-small"),
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens, "cost": tokens * 2e-8},
    }
    return json_body(answer)


def rerank(request: RecordedRequest, op: Operation) -> WirePlan:
    """Documents scored by the words they share with the query, best first."""
    body = _body(request)
    query = str(body.get("query", "")).lower().split()
    given = body.get("documents")
    documents: list[Any] = given if isinstance(given, list) else []
    scored = []
    for index, document in enumerate(documents):
        text = document if isinstance(document, str) else str((document or {}).get("text", ""))
        words = set(text.lower().split())
        shared = sum(1 for word in query if word in words)
        score = round(min(0.99, 0.1 + shared / max(len(query), 1) * 0.89), 4)
        scored.append((score, index, text))
    scored.sort(key=lambda item: (-item[0], item[1]))
    top_n = body.get("top_n")
    if isinstance(top_n, int) and top_n > 0:
        scored = scored[:top_n]
    answer = op.body() or {}
    answer.update(
        {
            "id": new_id("gen"),
            "model": _model(body, "cohere/rerank-v3.5"),
            "results": [
                {"document": {"text": text}, "index": index, "relevance_score": score}
                for score, index, text in scored
            ],
        }
    )
    return json_body(answer)


def images(request: RecordedRequest, op: Operation) -> WirePlan:
    body = _body(request)
    encoded = base64.b64encode(PNG_1X1).decode()
    if not body.get("stream"):
        answer = op.body() or {}
        answer["created"] = now()
        answer["data"] = [{"b64_json": encoded}]
        return json_body(answer)
    created = now()
    events = [
        op.event("image_generation.partial_image", b64_json=encoded, partial_image_index=0),
        op.event("image_generation.completed", b64_json=encoded, created=created),
    ]
    steps: list[Step] = [Send(sse_data(event)) for event in events]
    steps.append(Send(DONE_EVENT))
    return Response(200, sse_headers(), steps, framing="chunked")


def responses(request: RecordedRequest, op: Operation, text: str) -> WirePlan:
    """The Responses API: one result object, or the spec's event sequence when streamed."""
    body = _body(request)
    model = _model(body)
    response_id = new_id("resp_")
    generation_id = new_id("gen")
    message_id = new_id("msg_")
    created = now()
    output_tokens = estimate_tokens(text)
    usage = {
        "input_tokens": 10,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": 10 + output_tokens,
        "cost": round(10 * 0.15e-6 + output_tokens * 0.6e-6, 10),
    }
    part = {"type": "output_text", "text": text, "annotations": []}
    message = {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "status": "completed",
        "content": [part],
    }
    result: dict[str, Any] = op.body() or {}
    result.update(
        {
            "id": response_id,
            "object": "response",
            "created_at": created,
            "completed_at": created,
            "model": model,
            "status": "completed",
            "output": [message],
            "usage": usage,
        }
    )
    if not body.get("stream"):
        return json_body(result, generation_id=generation_id)
    pending = {**result, "status": "in_progress", "completed_at": None, "output": []}
    item = {"item_id": message_id, "output_index": 0, "content_index": 0}
    events: list[dict[str, Any]] = [
        op.event("response.created", response=pending),
        op.event("response.in_progress", response=pending),
        op.event(
            "response.output_item.added",
            output_index=0,
            item={**message, "status": "in_progress", "content": []},
        ),
        op.event("response.content_part.added", **item, part={**part, "text": ""}),
    ]
    for piece in split_text(text, None):
        events.append(op.event("response.output_text.delta", **item, delta=piece, logprobs=[]))
    events += [
        op.event("response.output_text.done", **item, text=text, logprobs=[]),
        op.event("response.content_part.done", **item, part=part),
        op.event("response.output_item.done", output_index=0, item=message),
        op.event("response.completed", response=result),
    ]
    steps: list[Step] = [
        Send(sse_data({**event, "sequence_number": n})) for n, event in enumerate(events)
    ]
    steps.append(Send(DONE_EVENT))
    return Response(200, sse_headers(generation_id), steps, framing="chunked")


def _named_event(name: str, data: Mapping[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + compact_json(data) + b"\n\n"


def messages(request: RecordedRequest, op: Operation, text: str) -> WirePlan:
    """The Anthropic Messages API: a message, or its event sequence when streamed."""
    body = _body(request)
    generation_id = new_id("gen")
    output_tokens = estimate_tokens(text)
    result: dict[str, Any] = op.body() or {}
    usage = dict(result.get("usage") or {})
    usage.update({"input_tokens": 10, "output_tokens": output_tokens})
    result.update(
        {
            "id": generation_id,
            "model": _model(body, "anthropic/claude-sonnet-4"),
            "content": [{"type": "text", "text": text, "citations": []}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": usage,
        }
    )
    if not body.get("stream"):
        return json_body(result, generation_id=generation_id)
    start = {**result, "content": [], "stop_reason": None, "usage": {**usage, "output_tokens": 0}}
    block = {"type": "text", "text": "", "citations": []}
    events = [
        op.event("message_start", message=start),
        op.event("content_block_start", index=0, content_block=block),
        *(
            op.event("content_block_delta", index=0, delta={"type": "text_delta", "text": piece})
            for piece in split_text(text, None)
        ),
        op.event("content_block_stop", index=0),
    ]
    closing = op.event("message_delta")
    closing["delta"] = {
        **closing.get("delta", {}),
        "stop_reason": "end_turn",
        "stop_sequence": None,
    }
    closing["usage"] = {**closing.get("usage", {}), "output_tokens": output_tokens}
    events += [closing, op.event("message_stop")]
    frames = [_named_event(event["type"], event) for event in events]
    steps: list[Step] = [Send(frame) for frame in frames]
    return Response(200, sse_headers(generation_id), steps, framing="chunked")
