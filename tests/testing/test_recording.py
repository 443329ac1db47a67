"""Request recording and authentication, with the API key never shown."""

from __future__ import annotations

import logging

import httpx
import pytest

from openrouter_client.testing import MockOpenRouter

from .conftest import KEY, exchange, request_bytes

AUTH = {"Authorization": f"Bearer {KEY}"}


def test_request_fields_are_recorded(mock: MockOpenRouter) -> None:
    with httpx.Client(base_url=mock.base_url, headers={**AUTH, "X-Title": "My App"}) as client:
        client.post("/chat/completions", json={"model": "a/b", "messages": []})
        client.get("/generation", params={"id": "gen-1", "x": ""})
    post, get = mock.requests
    assert (post.method, post.path, post.route) == (
        "POST",
        "/api/v1/chat/completions",
        "/chat/completions",
    )
    assert post.json == {"model": "a/b", "messages": []}
    assert post.body == b'{"model":"a/b","messages":[]}'
    assert post.headers["x-title"] == "My App" and post.headers["X-TITLE"] == "My App"
    assert ("X-Title", "My App") in post.headers.raw_items()
    assert not post.stream
    assert (get.query, get.query_string) == ({"id": "gen-1", "x": ""}, "id=gen-1&x=")
    assert get.json is None and get.body == b""
    assert mock.last_request is get
    assert mock.requests_to("/generation") == [get]
    assert mock.requests_to("/api/v1/chat/completions", method="post") == [post]
    assert mock.requests_to("/chat/completions", method="GET") == []


def test_last_request_before_any_request() -> None:
    with MockOpenRouter() as mock, pytest.raises(LookupError):
        _ = mock.last_request


def test_wait_for_requests(mock: MockOpenRouter) -> None:
    with pytest.raises(TimeoutError):
        mock.wait_for_requests(1, timeout=0.05)


def test_missing_or_wrong_key_gets_401_like_openrouter(mock: MockOpenRouter) -> None:
    r = httpx.post(mock.url("/chat/completions"), json={})
    assert (r.status_code, r.json()) == (
        401,
        {"error": {"code": 401, "message": "Missing Authentication header"}},
    )
    r = httpx.post(mock.url("/chat/completions"), json={}, headers={"Authorization": "Bearer nope"})
    assert (r.status_code, r.json()["error"]["message"]) == (401, "User not found.")
    mock.reply_text("scripted")  # auth is checked before scripted replies are used
    httpx.post(mock.url("/chat/completions"), json={})
    assert mock.pending_replies == 1
    assert len(mock.requests) == 3  # rejected requests are recorded too


def test_public_catalogue_routes_need_no_key(mock: MockOpenRouter) -> None:
    for route in ("/models", "/models/count", "/providers", "/models/openai/gpt-4/endpoints"):
        assert httpx.get(mock.url(route)).status_code == 200, route
    assert httpx.get(mock.url("/credits")).status_code == 401


def test_any_bearer_key_is_accepted_by_default_and_auth_can_be_off() -> None:
    with MockOpenRouter() as mock:
        assert (
            httpx.get(mock.url("/key"), headers={"Authorization": "Bearer whatever"}).status_code
            == 200
        )
        assert mock.api_key.startswith("sk-or-")
        assert mock.env() == {
            "OPENROUTER_API_KEY": mock.api_key,
            "OPENROUTER_BASE_URL": mock.base_url,
        }
    with MockOpenRouter(require_auth=False) as mock:
        assert httpx.get(mock.url("/key")).status_code == 200


def test_the_key_is_masked_in_every_repr(
    mock: MockOpenRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="openrouter_client.testing")
    raw = request_bytes("POST", "/chat/completions", {"messages": []}, headers={"X-Api-Key": KEY})
    exchange(mock, raw)
    request = mock.last_request
    assert request.bearer_token == KEY  # available to assert on ...
    assert request.headers["authorization"] == f"Bearer {KEY}"
    shown = [
        repr(request),
        str(request.headers),
        repr(request.headers),
        repr(mock.requests),
        repr(mock),
        caplog.text,
    ]
    for text in shown:  # ... but never printed
        assert KEY not in text
    assert "'authorization': 'Bearer ***'" in repr(request)
    assert "'x-api-key': '***'" in repr(request)
    assert request.headers.masked()["authorization"] == "Bearer ***"
