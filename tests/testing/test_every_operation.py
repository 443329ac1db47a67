"""Every operation of the spec, unscripted: a valid request gets the spec's 2xx status and a body
valid against the *upstream* schema (required fields our overlays relax included); an invalid
one gets OpenRouter's 400 envelope naming what is wrong."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from openrouter_client.testing import MockOpenRouter
from tests.contract.operations import Op, arguments, operations
from tests.testing.upstream import media_matches, media_types, response_errors


@pytest.fixture
def fresh() -> Iterator[tuple[MockOpenRouter, httpx.Client]]:
    """A mock of its own per case (deleting the seed key must not starve the next case)."""
    with (
        MockOpenRouter() as mock,
        httpx.Client(
            base_url=mock.base_url, headers={"Authorization": f"Bearer {mock.api_key}"}, timeout=10
        ) as client,
    ):
        yield mock, client


def valid_request(op: Op, mock: MockOpenRouter) -> dict[str, Any]:
    """httpx arguments for a request the spec accepts, naming things the mock holds: the spec's
    examples, except ids of collections and generations, which come from the mock's state."""
    args, kwargs = arguments(op)
    request: dict[str, Any] = op.module.build_request(*args, **kwargs)
    collection = mock.state.collection(op.path)
    if collection is not None and op.path == collection.item_path:
        first = next(iter(collection.items.values()))
        prefix = re.sub(r"\{[^}]+\}$", "", op.path)
        request["url"] = prefix + str(first[collection.id_field])
    if op.path in ("/generation", "/generation/content"):
        request["params"] = {**request.get("params", {}), "id": next(iter(mock.state.generations))}
    return request


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.id)
def test_a_valid_request_gets_a_spec_valid_answer(
    op: Op, fresh: tuple[MockOpenRouter, httpx.Client]
) -> None:
    mock, client = fresh
    response = client.request(**valid_request(op, mock))
    status, types = media_types(op.method, op.path)
    assert response.status_code == int(status), response.text[:500]
    sent = response.headers.get("content-type", "")
    if not types:  # a success without a body (POST /credits/coinbase)
        assert response.content == b""
        return
    declared = next((t for t in types if media_matches(t, sent)), None)
    assert declared is not None, f"{op.id}: answered {sent!r}, the spec declares {types}"
    if declared.endswith("json"):
        problems = response_errors(op.method, op.path, status, declared, response.json())
        assert not problems, f"{op.id} answer breaks the upstream schema: {problems}"
    else:
        assert response.content, f"{op.id}: an empty {declared} body"
    assert not mock.errors


STREAMED = {
    "POST /chat/completions": {"messages": [{"role": "user", "content": "Hi"}]},
    "POST /responses": {"model": "openai/gpt-4o", "input": "Hi"},
    "POST /messages": {
        "model": "anthropic/claude-sonnet-4",
        "max_tokens": 64,
        "messages": [{"role": "user", "content": "Hi"}],
    },
    "POST /images": {"model": "google/gemini-2.5-flash-image", "prompt": "a red panda"},
}


def sse_events(body: str) -> list[dict[str, Any]]:
    """Each SSE event as the spec's streaming schema sees it: ``{"data": ..., "event"?: ...}``."""
    events = []
    for block in body.split("\n\n"):
        fields: dict[str, Any] = {}
        for line in block.splitlines():
            name, _, value = line.partition(": ")
            if name == "data" and value != "[DONE]":
                fields["data"] = json.loads(value)
            elif name == "event":
                fields["event"] = value
        if "data" in fields:
            events.append(fields)
    return events


@pytest.mark.parametrize("key", sorted(STREAMED))
def test_a_streamed_answer_is_spec_valid_event_by_event(
    key: str, fresh: tuple[MockOpenRouter, httpx.Client]
) -> None:
    _, client = fresh
    method, path = key.split(" ", 1)
    with client.stream(method, path, json={**STREAMED[key], "stream": True}) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        events = sse_events(response.read().decode())
    assert len(events) >= 2
    status, _ = media_types(method, path)
    for event in events:
        problems = response_errors(method, path, status, "text/event-stream", event)
        assert not problems, f"{key} event {event} breaks the upstream schema: {problems}"


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.id)
def test_an_unknown_query_parameter_is_rejected_with_its_name(
    op: Op, fresh: tuple[MockOpenRouter, httpx.Client]
) -> None:
    mock, client = fresh
    request = valid_request(op, mock)
    request["params"] = {**request.get("params", {}), "colour": "red"}
    response = client.request(**request)
    assert response.status_code == 400, response.text[:300]
    error = response.json()["error"]
    assert error["code"] == 400
    assert "colour" in error["message"]
    assert error["metadata"]["issues"][0] == {
        "path": ["colour"],
        "in": "query",
        "message": "unknown query parameter 'colour'",
    }


def _json_ops() -> list[Op]:
    return [op for op in operations() if "application/json" in op.request_types()]


@pytest.mark.parametrize("op", _json_ops(), ids=lambda op: op.id)
def test_a_body_that_breaks_the_spec_is_rejected_naming_the_field(
    op: Op, fresh: tuple[MockOpenRouter, httpx.Client]
) -> None:
    mock, client = fresh
    request = valid_request(op, mock)
    body = dict(request["json"])
    required = next(iter(body), None)
    # A field of the wrong type when the body has one, else a field the spec does not know.
    if required is not None and not isinstance(body[required], list):
        body[required] = [body[required]]
        wrong = required
    else:
        body["colour"] = "red"
        wrong = "colour"
    request["json"] = body
    response = client.request(**request)
    assert response.status_code == 400, f"{op.id} accepted {body}"
    issues = response.json()["error"]["metadata"]["issues"]
    assert any(issue["path"][:1] == [wrong] for issue in issues), issues
    assert mock.requests[-1].json == body  # recorded, though rejected


def test_validate_false_answers_what_the_spec_forbids() -> None:
    with MockOpenRouter(validate=False) as mock, mock.client() as client:
        bad = {"model": None, "messages": [{"role": "usr", "content": "Hi"}], "temprature": 1}
        raw = httpx.post(
            mock.url("/chat/completions"),
            json=bad,
            headers={"Authorization": f"Bearer {mock.api_key}"},
        )
        assert raw.status_code == 200
        assert client.credits.get().data.total_credits == 100.5
