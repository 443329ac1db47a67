"""What the mock answers when nothing is scripted: realistic bodies for the common routes.

Shapes follow OpenRouter's published examples (the OpenAPI spec's ``example`` values and the docs
pages; see tests/fixtures/docs-samples/SOURCES.md), with values made self-consistent (the model
count matches the model list, a generation looks up the id asked for).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._chat import DEFAULT_MODEL, ChatReply, estimate_tokens, split_text
from ._script import Response, Send, Step, WirePlan
from ._wire import DONE_EVENT, new_id, now, sse_data, sse_headers
from .replies import error, json_body

if TYPE_CHECKING:
    from ._request import RecordedRequest

__all__ = ["PUBLIC_ROUTES", "default_reply"]


def _model(model_id: str, name: str, context: int, prompt: str, completion: str) -> dict[str, Any]:
    return {
        "architecture": {
            "input_modalities": ["text"],
            "instruct_type": None,
            "modality": "text->text",
            "output_modalities": ["text"],
            "tokenizer": "GPT",
        },
        "canonical_slug": model_id,
        "context_length": context,
        "created": 1692901234,
        "default_parameters": None,
        "description": f"{name} (a MockOpenRouter catalogue entry).",
        "expiration_date": None,
        "id": model_id,
        "knowledge_cutoff": None,
        "links": {"details": f"/api/v1/models/{model_id}/endpoints"},
        "name": name,
        "per_request_limits": None,
        "pricing": {"completion": completion, "image": "0", "prompt": prompt, "request": "0"},
        "supported_parameters": ["temperature", "top_p", "max_tokens", "tools", "tool_choice"],
        "supported_voices": None,
        "top_provider": {
            "context_length": context,
            "is_moderated": True,
            "max_completion_tokens": 16384,
        },
    }


MODELS = [
    _model(DEFAULT_MODEL, "OpenAI: GPT-4o-mini", 128000, "0.00000015", "0.0000006"),
    _model("openai/gpt-4", "GPT-4", 8192, "0.00003", "0.00006"),
    _model(
        "anthropic/claude-sonnet-4.5",
        "Anthropic: Claude Sonnet 4.5",
        200000,
        "0.000003",
        "0.000015",
    ),
]
EMBEDDING_MODELS = [
    _model(
        "openai/text-embedding-3-small", "OpenAI: Text Embedding 3 Small", 8192, "0.00000002", "0"
    ),
]

PROVIDERS = [
    {
        "datacenters": ["US", "IE"],
        "headquarters": "US",
        "name": "OpenAI",
        "privacy_policy_url": "https://openai.com/privacy",
        "slug": "openai",
        "status_page_url": "https://status.openai.com",
        "terms_of_service_url": "https://openai.com/terms",
    }
]

CREDITS = {"data": {"total_credits": 100.5, "total_usage": 25.75}}

KEY = {
    "data": {
        "byok_usage": 0,
        "byok_usage_daily": 0,
        "byok_usage_monthly": 0,
        "byok_usage_weekly": 0,
        "creator_user_id": "user_mock0000000000000000000000",
        "expires_at": None,
        "include_byok_in_limit": False,
        "is_free_tier": False,
        "is_management_key": False,
        "is_provisioning_key": False,
        "label": "sk-or-v1-moc...key",
        "limit": 100,
        "limit_remaining": 74.5,
        "limit_reset": "monthly",
        "rate_limit": {
            "interval": "1h",
            "note": "This field is deprecated and safe to ignore.",
            "requests": 1000,
        },
        "usage": 25.5,
        "usage_daily": 25.5,
        "usage_monthly": 25.5,
        "usage_weekly": 25.5,
    }
}

GENERATION: dict[str, Any] = {
    "api_type": "completions",
    "app_id": None,
    "cache_discount": None,
    "cancelled": False,
    "created_at": "2024-07-15T23:33:19.433273+00:00",
    "data_region": "global",
    "external_user": None,
    "finish_reason": "stop",
    "generation_time": 1200,
    "http_referer": None,
    "id": "",
    "is_byok": False,
    "latency": 1250,
    "model": DEFAULT_MODEL,
    "moderation_latency": 50,
    "native_finish_reason": "stop",
    "native_tokens_cached": 0,
    "native_tokens_completion": 25,
    "native_tokens_completion_images": 0,
    "native_tokens_prompt": 10,
    "native_tokens_reasoning": 0,
    "num_fetches": 0,
    "num_input_audio_prompt": 0,
    "num_media_completion": 0,
    "num_media_prompt": 0,
    "num_search_results": 0,
    "origin": "",
    "preset_id": None,
    "provider_name": "OpenAI",
    "provider_responses": None,
    "request_id": "req-1727282430-aBcDeFgHiJkLmNoPqRsT",
    "router": None,
    "service_tier": None,
    "session_id": None,
    "streamed": True,
    "tokens_completion": 25,
    "tokens_prompt": 10,
    "total_cost": 0.0000165,
    "upstream_id": "chatcmpl-791bcf62-080e-4568-87d0-94c72e3b4946",
    "upstream_inference_cost": None,
    "usage": 0.0000165,
    "user_agent": "openrouter-client",
    "web_search_engine": None,
}

# Catalogue routes OpenRouter serves without an API key.
PUBLIC_ROUTES = ("/models", "/models/count", "/providers", "/embeddings/models")


def _models(request: RecordedRequest) -> WirePlan:
    return json_body({"data": copy.deepcopy(MODELS)})


def _models_count(request: RecordedRequest) -> WirePlan:
    return json_body({"data": {"count": len(MODELS)}})


def _embedding_models(request: RecordedRequest) -> WirePlan:
    return json_body({"data": copy.deepcopy(EMBEDDING_MODELS)})


def _providers(request: RecordedRequest) -> WirePlan:
    return json_body({"data": copy.deepcopy(PROVIDERS)})


def _credits(request: RecordedRequest) -> WirePlan:
    return json_body(CREDITS)


def _key(request: RecordedRequest) -> WirePlan:
    return json_body(KEY)


def _generation(request: RecordedRequest) -> WirePlan:
    generation_id = request.query.get("id")
    if not generation_id:
        return error(400, "Missing required query parameter: id")
    return json_body({"data": {**GENERATION, "id": generation_id}})


def _endpoints(request: RecordedRequest) -> WirePlan:
    route = request.route or ""
    model_id = route[len("/models/") : -len("/endpoints")]
    known = next((m for m in MODELS if m["id"] == model_id), None)
    if known is None:
        return error(404, f"Model {model_id} not found")
    pricing = known["pricing"]
    endpoint = {
        "context_length": known["context_length"],
        "max_completion_tokens": 16384,
        "max_prompt_tokens": known["context_length"],
        "model_id": model_id,
        "model_name": known["name"],
        "name": known["name"],
        "pricing": pricing,
        "provider_name": model_id.split("/")[0].capitalize(),
        "quantization": "unknown",
        "status": 0,
        "supported_parameters": known["supported_parameters"],
        "tag": model_id.split("/")[0],
        "uptime_last_30m": 100,
    }
    data = {
        "architecture": known["architecture"],
        "created": known["created"],
        "description": known["description"],
        "endpoints": [endpoint],
        "id": model_id,
        "name": known["name"],
    }
    return json_body({"data": data})


def _vector(text: str, dimensions: int) -> list[float]:
    """A deterministic unit-ish vector for ``text`` (the same input always embeds the same)."""
    import hashlib
    import struct

    seed = hashlib.sha256(text.encode()).digest()
    values: list[float] = []
    counter = 0
    while len(values) < dimensions:
        block = hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        values.extend(round(v / 2**31, 8) for v in struct.unpack(">8i", block))
        counter += 1
    return values[:dimensions]


def _embeddings(request: RecordedRequest) -> WirePlan:
    body = request.json if isinstance(request.json, dict) else {}
    inputs = body.get("input")
    if inputs is None:
        return error(400, "Input is required")
    items = inputs if isinstance(inputs, list) else [inputs]
    raw_dimensions = body.get("dimensions")
    dimensions = raw_dimensions if isinstance(raw_dimensions, int) and raw_dimensions > 0 else 16
    texts = [item if isinstance(item, str) else repr(item) for item in items]
    tokens = sum(estimate_tokens(t) for t in texts) or 1
    return json_body(
        {
            "id": new_id("gen"),
            "object": "list",
            "data": [
                {"object": "embedding", "embedding": _vector(t, dimensions), "index": i}
                for i, t in enumerate(texts)
            ],
            "model": body.get("model") or "openai/text-embedding-3-small",
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens, "cost": tokens * 2e-8},
        }
    )


def _responses(request: RecordedRequest, text: str) -> WirePlan:
    """The Responses API: one result object, or the spec's event sequence when streamed."""
    body = request.json if isinstance(request.json, dict) else {}
    model = body.get("model") or DEFAULT_MODEL
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
    result: dict[str, Any] = {
        "id": response_id,
        "object": "response",
        "created_at": created,
        "completed_at": created,
        "model": model,
        "status": "completed",
        "output": [message],
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "max_output_tokens": None,
        "metadata": None,
        "parallel_tool_calls": True,
        "temperature": None,
        "tool_choice": "auto",
        "tools": [],
        "top_p": None,
        "frequency_penalty": None,
        "presence_penalty": None,
        "usage": usage,
    }
    if not body.get("stream"):
        return json_body(result, generation_id=generation_id)
    pending = {**result, "status": "in_progress", "completed_at": None, "output": [], "usage": None}
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": pending},
        {"type": "response.in_progress", "response": pending},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {**message, "status": "in_progress", "content": []},
        },
        {
            "type": "response.content_part.added",
            "item_id": message_id,
            "output_index": 0,
            "content_index": 0,
            "part": {**part, "text": ""},
        },
    ]
    for piece in split_text(text, None):
        events.append(
            {
                "type": "response.output_text.delta",
                "item_id": message_id,
                "output_index": 0,
                "content_index": 0,
                "delta": piece,
                "logprobs": [],
            }
        )
    done_item = {"item_id": message_id, "output_index": 0, "content_index": 0}
    events += [
        {"type": "response.output_text.done", **done_item, "text": text, "logprobs": []},
        {"type": "response.content_part.done", **done_item, "part": part},
        {"type": "response.output_item.done", "output_index": 0, "item": message},
        {"type": "response.completed", "response": result},
    ]
    steps: list[Step] = [
        Send(sse_data({**event, "sequence_number": n})) for n, event in enumerate(events)
    ]
    steps.append(Send(DONE_EVENT))
    return Response(200, sse_headers(generation_id), steps, framing="chunked")


_GET: dict[str, Callable[[RecordedRequest], WirePlan]] = {
    "/models": _models,
    "/models/count": _models_count,
    "/models/user": _models,
    "/embeddings/models": _embedding_models,
    "/providers": _providers,
    "/credits": _credits,
    "/key": _key,
    "/generation": _generation,
}


def default_reply(request: RecordedRequest, chat_text: str, chunk_delay: float = 0.0) -> WirePlan:
    """The unscripted answer to ``request``; unknown routes get OpenRouter's 404 envelope."""
    route = request.route
    method = request.method
    if route is None:
        return error(404)
    if method == "GET":
        handler = _GET.get(route)
        if handler is not None:
            return handler(request)
        if route.startswith("/models/") and route.endswith("/endpoints") and route.count("/") == 4:
            return _endpoints(request)
    elif method == "POST":
        if route == "/chat/completions":
            return ChatReply(content=chat_text, chunk_delay=chunk_delay).render(request)
        if route == "/embeddings":
            return _embeddings(request)
        if route == "/responses":
            return _responses(request, chat_text)
    return error(404)
