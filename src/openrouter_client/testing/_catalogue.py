"""The mock's model catalogue: the spec's example model and a few well-known ones made from it.

Every entry is the spec's example with its id, name, context and prices replaced, so each is as
valid as the example. ``GET /models`` filters (``q``), sorts (``sort``) and pages
(``offset``/``limit``) it; ``GET /model/{author}/{slug}`` and ``.../endpoints`` answer for the
models it holds, 404 otherwise, as OpenRouter does.
"""

from __future__ import annotations

import copy
import functools
from typing import TYPE_CHECKING, Any

from ._chat import DEFAULT_MODEL
from ._semantics import provider_of
from ._spec import Operation, answers
from .replies import error, json_body

if TYPE_CHECKING:
    from ._request import RecordedRequest
    from ._script import WirePlan

__all__ = ["catalogue", "endpoints", "model", "models", "models_count"]

# id, name, context length, prompt and completion price (USD per token), created
_EXTRA = (
    (DEFAULT_MODEL, "OpenAI: GPT-4o-mini", 128000, "0.00000015", "0.0000006", 1721260800),
    ("openai/gpt-4o", "OpenAI: GPT-4o", 128000, "0.0000025", "0.00001", 1715558400),
    (
        "anthropic/claude-sonnet-4.5",
        "Anthropic: Claude Sonnet 4.5",
        1000000,
        "0.000003",
        "0.000015",
        1759161600,
    ),
)


def _template() -> dict[str, Any]:
    entry = answers()["operations"].get("GET /models") or {}
    body: dict[str, Any] = next(
        (m["body"] for m in entry.get("media", ()) if "body" in m), {"data": [{}]}
    )
    data = body.get("data") or [{}]
    return dict(data[0])


@functools.cache
def _catalogue() -> tuple[dict[str, Any], ...]:
    template = _template()
    entries = [template] if template.get("id") else []
    for model_id, name, context, prompt, completion, created in _EXTRA:
        if any(e.get("id") == model_id for e in entries):
            continue
        entry = copy.deepcopy(template)
        entry.update({"id": model_id, "canonical_slug": model_id, "name": name})
        entry.update({"created": created, "context_length": context})
        entry["description"] = f"{name} (a MockOpenRouter catalogue entry)."
        if isinstance(entry.get("pricing"), dict):
            entry["pricing"] = {**entry["pricing"], "prompt": prompt, "completion": completion}
        if isinstance(entry.get("top_provider"), dict):
            entry["top_provider"] = {**entry["top_provider"], "context_length": context}
        if isinstance(entry.get("links"), dict):
            entry["links"] = {"details": f"/api/v1/models/{model_id}/endpoints"}
        entries.append(entry)
    return tuple(entries)


def catalogue() -> list[dict[str, Any]]:
    """The catalogue's models (fresh copies)."""
    return copy.deepcopy(list(_catalogue()))


def _price(entry: dict[str, Any]) -> float:
    try:
        return float((entry.get("pricing") or {}).get("prompt", 0))
    except (TypeError, ValueError):
        return 0.0


_SORTS = {
    "pricing-low-to-high": (_price, False),
    "pricing-high-to-low": (_price, True),
    "context-high-to-low": (lambda e: e.get("context_length") or 0, True),
    "newest": (lambda e: e.get("created") or 0, True),
}


def models(request: RecordedRequest, op: Operation) -> WirePlan:
    if request.query.get("use_rss") == "true":
        media = op.media("application/rss+xml")
        if media is not None and "text" in media:
            return json_body(media["text"].encode(), headers={"Content-Type": media["type"]})
    entries = catalogue()
    query = request.query.get("q", "").lower()
    if query:
        entries = [e for e in entries if query in f"{e.get('id')} {e.get('name')}".lower()]
    sort = _SORTS.get(request.query.get("sort", ""))
    if sort is not None:
        key, descending = sort
        entries.sort(key=key, reverse=descending)
    total = len(entries)
    offset, limit = request.query.get("offset"), request.query.get("limit")
    start = int(offset) if offset and offset.isdigit() else 0
    end = start + int(limit) if limit and limit.isdigit() else total
    body = op.body() or {}
    body["data"] = entries[start:end]
    if "total_count" in body:
        body["total_count"] = total
    if "links" in body:
        body["links"] = {"next": None}
        if end < total:
            body["links"]["next"] = f"/api/v1/models?offset={end}&limit={end - start}"
    return json_body(body)


def models_count(request: RecordedRequest, op: Operation) -> WirePlan:
    body = op.body() or {"data": {}}
    body["data"] = {**body.get("data", {}), "count": len(_catalogue())}
    return json_body(body)


def _find(op: Operation) -> dict[str, Any] | None:
    model_id = f"{op.params.get('author', '')}/{op.params.get('slug', '')}"
    base = model_id.split(":", 1)[0]  # a variant ("gpt-4:free") is the model's
    return next((copy.deepcopy(e) for e in _catalogue() if e.get("id") in (model_id, base)), None)


def model(request: RecordedRequest, op: Operation) -> WirePlan:
    found = _find(op)
    if found is None:
        return error(404, f"Model {op.params.get('author')}/{op.params.get('slug')} not found")
    body = op.body() or {}
    body["data"] = found
    return json_body(body)


def endpoints(request: RecordedRequest, op: Operation) -> WirePlan:
    found = _find(op)
    if found is None:
        return error(404, f"Model {op.params.get('author')}/{op.params.get('slug')} not found")
    body = op.body() or {"data": {}}
    data = body["data"]
    for name in ("id", "name", "created", "description", "architecture"):
        if name in found and name in data:
            data[name] = found[name]
    zdr = Operation("GET", "/endpoints/zdr", {}).body() or {}
    listed = [e for e in zdr.get("data") or () if isinstance(e, dict)]
    if listed:
        endpoint = copy.deepcopy(listed[0])
        endpoint.update(
            {
                "model_id": found["id"],
                "model_name": found.get("name", found["id"]),
                "name": f"{provider_of(found['id'])}: {found.get('name', found['id'])}",
                "provider_name": provider_of(found["id"]),
                "tag": found["id"].split("/", 1)[0],
                "context_length": found.get("context_length", endpoint.get("context_length")),
            }
        )
        if isinstance(found.get("pricing"), dict) and isinstance(endpoint.get("pricing"), dict):
            endpoint["pricing"] = {**endpoint["pricing"], **found["pricing"]}
        data["endpoints"] = [endpoint]
    return json_body(body)
