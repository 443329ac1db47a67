"""Stateful answers: collections (created, listed, fetched, updated, deleted), uploaded files
and their bytes, and video jobs that progress as they are polled.

A collection's answers keep the shape of the spec's default answers; only the items change.
A created item is the spec's example item with the request's fields applied (those the item
schema has, of a fitting JSON type), a fresh id and timestamps.
"""

from __future__ import annotations

import copy
import re
import secrets
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ._instance import json_type
from ._multipart import parse_multipart
from ._script import Response
from ._state import StoredFile, VideoJob
from ._wire import new_id
from .replies import error, json_body

if TYPE_CHECKING:
    from ._request import RecordedRequest
    from ._script import WirePlan
    from ._spec import Operation
    from ._state import Collection, MockState

__all__ = ["collection_answer", "file_content", "upload_file", "video_content", "video_job"]

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_HEX = re.compile(r"^[0-9a-f]{32,}$")
_PREFIXED = re.compile(r"^([A-Za-z]+[_-](?:[a-z]+_)?)")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _fresh_id(example: Any) -> str:
    """A new id shaped like ``example`` (a UUID, a hex hash, ``prefix_...``)."""
    text = str(example)
    if _UUID.match(text):
        hexed = secrets.token_hex(16)
        return f"{hexed[:8]}-{hexed[8:12]}-4{hexed[13:16]}-8{hexed[17:20]}-{hexed[20:32]}"
    if _HEX.match(text):
        return secrets.token_hex(len(text) // 2)
    match = _PREFIXED.match(text)
    return new_id(match.group(1) if match else "id_", 24)


def _fits(value: Any, kinds: list[str]) -> bool:
    actual = json_type(value)
    return not kinds or actual in kinds or (actual == "integer" and "number" in kinds)


def _apply(collection: Collection, item: dict[str, Any], fields: Any) -> None:
    if not isinstance(fields, dict):
        return
    for name, value in fields.items():
        if name == collection.id_field or name not in collection.fields:
            continue
        if _fits(value, collection.fields[name]):
            item[name] = copy.deepcopy(value)


def _wrap(op: Operation, collection: Collection, item: dict[str, Any]) -> Any:
    body = op.body()
    if collection.item_field is None or not isinstance(body, dict):
        return copy.deepcopy(item)
    body[collection.item_field] = copy.deepcopy(item)
    for name, value in list(body.items()):  # a secret shown once (a new key's "key")
        if name != collection.item_field and isinstance(value, str) and value.startswith("sk-"):
            body[name] = "sk-or-v1-" + secrets.token_hex(32)
    return body


def _page(request: RecordedRequest, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    offset, limit = request.query.get("offset", ""), request.query.get("limit", "")
    start = int(offset) if offset.isdigit() else 0
    return items[start : start + int(limit)] if limit.isdigit() else items[start:]


def _not_found(collection: Collection, name: str) -> WirePlan:
    return error(404, f"{collection.path.rsplit('/', 1)[-1].rstrip('s')} {name} not found")


def create_item(collection: Collection, op: Operation, fields: Any) -> dict[str, Any]:
    """A new item from the spec's example item and ``fields`` (stored, and returned)."""
    template = collection.seed[0] if collection.seed else {}
    answer = op.body()
    if collection.item_field and isinstance(answer, dict):
        example = answer.get(collection.item_field)
        template = example if isinstance(example, dict) else template
    elif isinstance(answer, dict) and collection.id_field in answer:
        template = answer
    item = copy.deepcopy(template)
    item[collection.id_field] = _fresh_id(template.get(collection.id_field, ""))
    for stamp in ("created_at", "updated_at"):
        if isinstance(item.get(stamp), str):  # a new item was last updated when created
            item[stamp] = _now()
    _apply(collection, item, fields)
    collection.items[str(item[collection.id_field])] = item
    return item


def collection_answer(
    state: MockState, collection: Collection, request: RecordedRequest, op: Operation
) -> WirePlan:
    """List, create, get, update or delete in ``collection`` as ``op`` says."""
    status = op.status
    with state.lock:
        if op.template == collection.path:
            if request.method == "POST":
                item = create_item(collection, op, request.json)
                return json_body(_wrap(op, collection, item), status=status)
            items = _page(request, list(collection.items.values()))
            body = op.body() if isinstance(op.body(), dict) else {}
            body[collection.list_field] = copy.deepcopy(items)
            if "total_count" in body:
                body["total_count"] = len(collection.items)
            if items and "first_id" in body:
                body["first_id"] = items[0].get(collection.id_field)
                body["last_id"] = items[-1].get(collection.id_field)
            if "has_more" in body:
                body["has_more"] = False
            return json_body(body, status=status)
        name = next(iter(op.params.values()), "")
        found = collection.find(name)
        if found is None:
            return _not_found(collection, name)
        if request.method == "DELETE":
            del collection.items[str(found[collection.id_field])]
            state.files.pop(str(found[collection.id_field]), None)
            body = op.body()
            if isinstance(body, dict) and "id" in body:
                body["id"] = found[collection.id_field]
            return json_body(body, status=status)
        if request.method in ("PATCH", "PUT"):
            _apply(collection, found, request.json)
            if isinstance(found.get("updated_at"), str) or "string" in collection.fields.get(
                "updated_at", ()
            ):
                found["updated_at"] = _now()
        return json_body(_wrap(op, collection, found), status=status)


# -- files ------------------------------------------------------------------------------------


def upload_file(state: MockState, request: RecordedRequest, op: Operation) -> WirePlan:
    collection = state.collection("/files")
    parts = parse_multipart(request.headers.get("content-type", ""), request.body) or []
    upload = next((p for p in parts if p.name == "file"), None)
    if collection is None or upload is None:
        return error(400, "A file part named 'file' is required")
    fields = {
        "filename": upload.filename or "upload.bin",
        "size_bytes": len(upload.data),
        "mime_type": upload.content_type or "application/octet-stream",
        "downloadable": True,
    }
    with state.lock:
        item = create_item(collection, op, {})
        item.update({k: v for k, v in fields.items() if k in item})
        state.files[str(item[collection.id_field])] = StoredFile(item, upload.data)
    return json_body(copy.deepcopy(item), status=op.status)


def file_content(state: MockState, request: RecordedRequest, op: Operation) -> WirePlan:
    name = op.params.get("file_id", "")
    collection = state.collection("/files")
    with state.lock:
        stored = state.files.get(name)
        known = collection is not None and collection.find(name) is not None
    if stored is None and not known:
        return error(404, f"File {name} not found")
    if stored is None:  # the spec's example file: some bytes of its kind
        from ._inference import binary_payload

        media_type, data = binary_payload("application/octet-stream", request)
        return Response(200, [("Content-Type", media_type)], data)
    media_type = str(stored.meta.get("mime_type") or "application/octet-stream")
    return Response(200, [("Content-Type", media_type)], stored.data)


# -- videos -----------------------------------------------------------------------------------


def _job_body(op: Operation, job: VideoJob, base: str) -> dict[str, Any]:
    body = op.body() or {}
    body.update(
        {
            "id": job.id,
            "generation_id": job.generation_id,
            "polling_url": f"{base}/videos/{job.id}",
            "status": job.status,
        }
    )
    if job.status == "completed":
        body["unsigned_urls"] = [f"{base}/videos/{job.id}/content?index=0"]
        body["usage"] = {**(body.get("usage") or {}), "cost": job.cost}
    else:
        body.pop("unsigned_urls", None)
        body.pop("usage", None)
    body.pop("error", None)
    return body


def video_job(state: MockState, request: RecordedRequest, op: Operation, base: str) -> WirePlan:
    """``POST /videos`` queues a job; each ``GET /videos/{id}`` moves it one step on."""
    with state.lock:
        if request.method == "POST":
            body = request.json if isinstance(request.json, dict) else {}
            job = VideoJob(new_id("job-", 20), new_id("gen"), str(body.get("model", "")))
            state.videos[job.id] = job
            return json_body(_job_body(op, job, base), status=op.status)
        job_id = op.params.get("jobId", "")
        found = state.videos.get(job_id)
        if found is None:
            return error(404, f"Video job {job_id} not found")
        found.polls += 1
        return json_body(_job_body(op, found, base), status=op.status)


def video_content(state: MockState, request: RecordedRequest, op: Operation) -> WirePlan:
    from ._inference import binary_payload

    job_id = op.params.get("jobId", "")
    with state.lock:
        found = state.videos.get(job_id)
    if found is None:
        return error(404, f"Video job {job_id} not found")
    if found.status != "completed":
        return error(409, f"Video job {job_id} is {found.status}; poll until it is completed")
    media_type, data = binary_payload("video/mp4", request)
    return Response(200, [("Content-Type", media_type)], data)
