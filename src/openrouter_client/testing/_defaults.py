"""What the mock answers when nothing is scripted: every operation of the spec.

Requests are routed to the spec's operation; most get the operation's default answer as
codegen built it (the spec's example, valid against the upstream schema), as JSON, text, a small
real binary payload, or an event stream when ``stream: true`` asked for one. Operations whose
answer depends on the request or on earlier ones have a handler here: chat (``_semantics``),
the other inference endpoints (``_inference``), the model catalogue (``_catalogue``),
collections, files and video jobs (``_collections``), generations (``_generations``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import _catalogue, _collections, _generations, _inference
from ._script import Response, Send, Step, WirePlan
from ._semantics import chat_reply
from ._spec import Operation, find_operation
from ._wire import compact_json, sse_headers
from .replies import error, json_body

if TYPE_CHECKING:
    from ._request import RecordedRequest
    from ._state import MockState

__all__ = ["PUBLIC_ROUTES", "Defaults"]

# Catalogue routes OpenRouter serves without an API key.
PUBLIC_ROUTES = ("/models", "/models/count", "/providers", "/embeddings/models")

Handler = Callable[["Defaults", "RecordedRequest", Operation], WirePlan]


def _chat(self: Defaults, request: RecordedRequest, op: Operation) -> WirePlan:
    body = request.json if isinstance(request.json, dict) else {}
    reply = chat_reply(body, text=self.chat_text, chunk_delay=self.chunk_delay, state=self.state)
    return reply.render(request)


_HANDLERS: dict[str, Handler] = {
    "POST /chat/completions": _chat,
    "POST /responses": lambda self, r, op: _inference.responses(r, op, self.chat_text),
    "POST /messages": lambda self, r, op: _inference.messages(r, op, self.chat_text),
    "POST /embeddings": lambda self, r, op: _inference.embeddings(r, op),
    "POST /rerank": lambda self, r, op: _inference.rerank(r, op),
    "POST /images": lambda self, r, op: _inference.images(r, op),
    "POST /audio/speech": lambda self, r, op: _inference.speech(r, op),
    "GET /models": lambda self, r, op: _catalogue.models(r, op),
    "GET /models/user": lambda self, r, op: _catalogue.models(r, op),
    "GET /models/count": lambda self, r, op: _catalogue.models_count(r, op),
    "GET /model/{author}/{slug}": lambda self, r, op: _catalogue.model(r, op),
    "GET /models/{author}/{slug}/endpoints": lambda self, r, op: _catalogue.endpoints(r, op),
    "GET /generation": lambda self, r, op: _generations.generation_answer(self.state, r, op),
    "GET /generation/content": lambda self, r, op: _generations.generation_content_answer(
        self.state, r, op
    ),
    "POST /files": lambda self, r, op: _collections.upload_file(self.state, r, op),
    "GET /files/{file_id}/content": lambda self, r, op: _collections.file_content(
        self.state, r, op
    ),
    "POST /videos": lambda self, r, op: _collections.video_job(self.state, r, op, self.base),
    "GET /videos/{jobId}": lambda self, r, op: _collections.video_job(self.state, r, op, self.base),
    "GET /videos/{jobId}/content": lambda self, r, op: _collections.video_content(
        self.state, r, op
    ),
}


def _events(events: list[Any]) -> list[Step]:
    steps: list[Step] = []
    for event in events:
        frame = b""
        if isinstance(event.get("event"), str):
            frame += b"event: " + event["event"].encode() + b"\n"
        steps.append(Send(frame + b"data: " + compact_json(event.get("data")) + b"\n\n"))
    return steps


def spec_answer(request: RecordedRequest, op: Operation) -> WirePlan:
    """The operation's default answer from the spec, in the media type the request wants."""
    streams = op.media("text/event-stream")
    if request.stream and streams is not None and streams.get("events"):
        return Response(200, sse_headers(), _events(streams["events"]), framing="chunked")
    json_media = op.media("application/json")
    if json_media is not None and "body" in json_media:
        return json_body(op.body(), status=op.status)
    media = op.media()
    if media is None:
        return Response(op.status)
    if "text" in media:
        return Response(op.status, [("Content-Type", media["type"])], media["text"].encode())
    if media.get("binary"):
        media_type, data = _inference.binary_payload(media["type"], request)
        return Response(op.status, [("Content-Type", media_type)], data)
    return json_body(op.body(), status=op.status)


class Defaults:
    """The unscripted answers of one mock (its text, stream pacing, state and URL)."""

    state: MockState
    chat_text: str
    chunk_delay: float
    base: str

    def __init__(self, state: MockState, chat_text: str, chunk_delay: float) -> None:
        self.state = state
        self.chat_text = chat_text
        self.chunk_delay = chunk_delay
        self.base = ""  # the mock's base URL, set once it listens

    def reply(self, request: RecordedRequest, op: Operation | None) -> WirePlan:
        if op is None:
            route = request.route
            found = None if route is None else find_operation(request.method, route)
            if found is False:
                return error(405, f"{request.method} is not allowed on {route}")
            if not isinstance(found, Operation):
                return error(404)
            op = found
        handler = _HANDLERS.get(op.key)
        if handler is not None:
            return handler(self, request, op)
        collection = self.state.collection(op.template)
        if collection is not None:
            return _collections.collection_answer(self.state, collection, request, op)
        return spec_answer(request, op)
