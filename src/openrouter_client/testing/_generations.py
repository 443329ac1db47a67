"""Generations: every answered completion is remembered by id, and looked up by
``GET /generation`` and ``GET /generation/content`` as OpenRouter does (404 for an unknown id).

The record is read off the answer itself (scripted or not, JSON or a stream): its
``X-Generation-Id`` (else the body's ``id``), model, usage, finish reason and text.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ._script import Response, Send
from ._state import Generation
from .replies import error, json_body

if TYPE_CHECKING:
    from ._request import RecordedRequest
    from ._script import WirePlan
    from ._spec import Operation
    from ._state import MockState

__all__ = ["GENERATING_ROUTES", "generation_answer", "generation_content_answer", "note_answer"]

# The routes whose answers are generations.
GENERATING_ROUTES = frozenset({"/chat/completions", "/responses", "/messages"})
_API_TYPES = {
    "/chat/completions": "completions",
    "/responses": "responses",
    "/messages": "messages",
}
_MAX_EVENT = 64 * 1024  # longer stream events are not read (a fault's 5 MB line)


def _header(plan: Response, name: str) -> str | None:
    return next((v for k, v in plan.headers if k.lower() == name), None)


def _events(plan: Response) -> list[dict[str, Any]]:
    events = []
    for step in plan.body:
        if not isinstance(step, Send) or len(step.data) > _MAX_EVENT:
            continue
        for line in step.data.split(b"\n"):
            if line.startswith(b"data:") and not line.endswith(b"[DONE]"):
                try:
                    event = json.loads(line[5:])
                except ValueError:
                    continue
                if isinstance(event, dict):
                    events.append(event)
    return events


def _fold(events: list[dict[str, Any]]) -> dict[str, Any]:
    """A stream's events as one answer-like dict: id, model, usage, finish reason, text."""
    folded: dict[str, Any] = {"text": ""}
    for event in events:
        nested = event.get("response")
        source: dict[str, Any] = nested if isinstance(nested, dict) else event
        for key in ("id", "model"):
            if isinstance(source.get(key), str) and key not in folded:
                folded[key] = source[key]
        if isinstance(source.get("usage"), dict):
            folded["usage"] = source["usage"]
        for choice in event.get("choices") or ():
            if isinstance(choice, dict):
                delta = choice.get("delta") or {}
                if isinstance(delta.get("content"), str):
                    folded["text"] += delta["content"]
                if choice.get("finish_reason"):
                    folded["finish_reason"] = choice["finish_reason"]
        if event.get("type") == "response.output_text.delta" and isinstance(
            event.get("delta"), str
        ):
            folded["text"] += event["delta"]
    return folded


def _from_json(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        return {}
    folded: dict[str, Any] = {k: body[k] for k in ("id", "model", "usage") if k in body}
    choices = body.get("choices")
    if isinstance(choices, list) and choices and isinstance(choices[0], dict):
        message = choices[0].get("message") or {}
        folded["finish_reason"] = choices[0].get("finish_reason")
        folded["text"] = message.get("content") if isinstance(message, dict) else None
        folded["reasoning"] = message.get("reasoning") if isinstance(message, dict) else None
    elif isinstance(body.get("content"), list):  # messages API
        folded["text"] = "".join(b.get("text", "") for b in body["content"] if isinstance(b, dict))
        folded["finish_reason"] = body.get("stop_reason")
    elif isinstance(body.get("output"), list):  # responses API
        folded["text"] = "".join(
            part.get("text", "")
            for item in body["output"]
            if isinstance(item, dict)
            for part in item.get("content") or ()
            if isinstance(part, dict)
        )
        folded["finish_reason"] = (
            "stop" if body.get("status") == "completed" else body.get("status")
        )
    return folded


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0


def note_answer(state: MockState, request: RecordedRequest, plan: WirePlan) -> None:
    """Remember ``plan`` as a generation when it answers a completion successfully."""
    if not isinstance(plan, Response) or not 200 <= plan.status < 300:
        return
    content_type = _header(plan, "content-type") or ""
    streamed = content_type.startswith("text/event-stream")
    if streamed:
        folded = _fold(_events(plan))
    elif content_type.startswith("application/json"):
        try:
            folded = _from_json(json.loads(plan.body_bytes()))
        except ValueError:
            return
    else:
        return
    generation_id = _header(plan, "x-generation-id") or folded.get("id")
    if not isinstance(generation_id, str) or not generation_id:
        return
    body = request.json if isinstance(request.json, dict) else {}
    found_usage = folded.get("usage")
    usage: dict[str, Any] = found_usage if isinstance(found_usage, dict) else {}
    details = usage.get("completion_tokens_details") or usage.get("output_tokens_details") or {}
    cached = usage.get("prompt_tokens_details") or usage.get("input_tokens_details") or {}
    model = folded.get("model") or body.get("model") or ""
    from ._semantics import provider_of

    generation = Generation(
        id=generation_id,
        model=str(model),
        provider=provider_of(str(model)),
        api_type=_API_TYPES.get(request.route or "", "completions"),
        streamed=streamed,
        finish_reason=folded.get("finish_reason") or "stop",
        tokens_prompt=_int(usage.get("prompt_tokens", usage.get("input_tokens"))),
        tokens_completion=_int(usage.get("completion_tokens", usage.get("output_tokens"))),
        tokens_reasoning=_int(details.get("reasoning_tokens") if isinstance(details, dict) else 0),
        tokens_cached=_int(cached.get("cached_tokens") if isinstance(cached, dict) else 0),
        cost=float(usage.get("cost") or 0.0),
        created_at=datetime.now(UTC).isoformat(),
        input={k: body[k] for k in ("messages", "input", "prompt") if k in body} or None,
        output=folded.get("text"),
        reasoning=folded.get("reasoning"),
    )
    with state.lock:
        state.generations[generation_id] = generation


def _lookup(state: MockState, request: RecordedRequest) -> Generation | WirePlan:
    generation_id = request.query.get("id")
    with state.lock:
        found = state.generations.get(generation_id or "")
    if found is None:
        return error(404, f"Generation {generation_id} not found")
    return found


def generation_answer(state: MockState, request: RecordedRequest, op: Operation) -> WirePlan:
    found = _lookup(state, request)
    if not isinstance(found, Generation):
        return found
    body = op.body() or {"data": {}}
    data = body["data"]
    data.update(
        {
            "id": found.id,
            "model": found.model,
            "provider_name": found.provider,
            "api_type": found.api_type,
            "streamed": found.streamed,
            "finish_reason": found.finish_reason,
            "native_finish_reason": found.finish_reason,
            "tokens_prompt": found.tokens_prompt,
            "tokens_completion": found.tokens_completion,
            "native_tokens_prompt": found.tokens_prompt,
            "native_tokens_completion": found.tokens_completion,
            "native_tokens_reasoning": found.tokens_reasoning,
            "native_tokens_cached": found.tokens_cached,
            "total_cost": found.cost,
            "usage": found.cost,
            "upstream_inference_cost": found.cost,
            "created_at": found.created_at,
            "cancelled": False,
            "is_byok": False,
        }
    )
    for name in ("app_id", "external_user", "http_referer", "preset_id", "session_id"):
        if name in data:
            data[name] = None
    return json_body(body)


def generation_content_answer(
    state: MockState, request: RecordedRequest, op: Operation
) -> WirePlan:
    found = _lookup(state, request)
    if not isinstance(found, Generation):
        return found
    body = op.body() or {"data": {}}
    data = body["data"]
    if found.input is not None:
        data["input"] = found.input
    if found.output is not None:
        data["output"] = {**data.get("output", {}), "completion": found.output}
        data["output"]["reasoning"] = found.reasoning
    return json_body(body)
