"""Scripted replies: OpenRouter-shaped bodies and streams, FIFO routing, handlers, defaults."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from openrouter_client.testing import MockOpenRouter, RecordedRequest, replies

from .conftest import (
    CHAT_BODY,
    KEY,
    STREAM_BODY,
    RawReader,
    chunks_of,
    connect,
    exchange,
    request_bytes,
    sse_payloads,
)

AUTH = {"Authorization": f"Bearer {KEY}"}
CHAT = "/chat/completions"


@pytest.fixture
def client(mock: MockOpenRouter) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock.base_url, headers=AUTH, timeout=5) as c:
        yield c


def stream(client: httpx.Client, body: dict[str, Any] | None = None) -> list[Any]:
    with client.stream("POST", CHAT, json={**STREAM_BODY, **(body or {})}) as r:
        assert r.status_code == 200
        assert r.headers["content-type"] == "text/event-stream"
        assert r.headers["transfer-encoding"] == "chunked"
        return sse_payloads(r.read())


def test_reply_text_json_shape_matches_the_docs(mock: MockOpenRouter, client: httpx.Client) -> None:
    mock.reply_text("Hello there!", model="openai/gpt-4o", usage={"cost": 0.00014})
    r = client.post(
        CHAT, json={"model": "ignored/x", "messages": [{"role": "user", "content": "Hi"}]}
    )
    body = r.json()
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-generation-id"] == body["id"]
    assert body["id"].startswith("gen-")
    assert body["object"] == "chat.completion"
    assert body["model"] == "openai/gpt-4o"
    assert body["provider"] == "OpenAI"
    assert isinstance(body["created"], int)
    (choice,) = body["choices"]
    assert choice["finish_reason"] == choice["native_finish_reason"] == "stop"
    assert choice["message"] == {
        "role": "assistant",
        "content": "Hello there!",
        "refusal": None,
        "reasoning": None,
    }
    usage = body["usage"]
    assert usage["cost"] == 0.00014
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert {"prompt_tokens_details", "completion_tokens_details"} <= set(usage)


def test_model_defaults_to_the_requested_one(mock: MockOpenRouter, client: httpx.Client) -> None:
    assert (
        client.post(CHAT, json={**CHAT_BODY, "model": "meta/llama"}).json()["model"] == "meta/llama"
    )
    assert client.post(CHAT, json=CHAT_BODY).json()["model"] == "openai/gpt-4o-mini"


def test_reply_text_streams_when_the_request_asks(
    mock: MockOpenRouter, client: httpx.Client
) -> None:
    mock.reply_text("Hello brave new world", usage={"cost": 0.5})
    events = stream(client, {"model": "a/b"})
    assert events[-1] == "[DONE]"
    *content, finish, usage = events[:-1]
    text = "".join(e["choices"][0]["delta"]["content"] for e in content)
    assert text == "Hello brave new world"
    assert [e["choices"][0]["delta"]["content"] for e in content] == [
        "Hello",
        " brave",
        " new",
        " world",
    ]
    assert all(e["object"] == "chat.completion.chunk" and e["model"] == "a/b" for e in events[:-1])
    assert len({e["id"] for e in events[:-1]}) == 1
    assert finish["choices"][0]["finish_reason"] == "stop"
    assert finish["choices"][0]["native_finish_reason"] == "stop"
    assert usage["choices"] == [] and usage["usage"]["cost"] == 0.5


def test_stream_text_comments_chunking_and_no_done(mock: MockOpenRouter) -> None:
    mock.stream_text("abcdefg", chunk_size=3, comments_before=3, done=False)
    # stream_text streams even when the request did not ask to.
    raw = exchange(mock, request_bytes("POST", CHAT, {**CHAT_BODY, "model": "m/x"}))
    assert raw.body.startswith(b": OPENROUTER PROCESSING\n\n" * 3 + b"data: {")
    events = sse_payloads(raw.body)
    assert [e["choices"][0]["delta"]["content"] for e in events[:3]] == ["abc", "def", "g"]
    assert "[DONE]" not in events
    assert events[-1]["choices"] == []


def test_stream_text_delay_and_chunk_delay(mock: MockOpenRouter, client: httpx.Client) -> None:
    import time

    mock.stream_text("a b c", delay=0.1, chunk_delay=0.05)
    started = time.perf_counter()
    with client.stream("POST", CHAT, json=CHAT_BODY) as r:
        headers_at = time.perf_counter() - started
        r.read()
    total = time.perf_counter() - started
    assert headers_at >= 0.1
    assert total >= 0.1 + 0.05 * 5  # 3 content + finish + usage + done: 5 gaps


def test_tool_calls_json(mock: MockOpenRouter, client: httpx.Client) -> None:
    mock.reply_tool_calls([{"name": "get_weather", "arguments": {"location": "Paris"}}])
    (choice,) = client.post(CHAT, json=CHAT_BODY).json()["choices"]
    assert choice["finish_reason"] == "tool_calls"
    (call,) = choice["message"]["tool_calls"]
    assert call["id"].startswith("call_") and call["type"] == "function"
    assert call["function"] == {"name": "get_weather", "arguments": '{"location": "Paris"}'}


def test_tool_calls_stream_as_argument_fragments(
    mock: MockOpenRouter, client: httpx.Client
) -> None:
    calls: list[dict[str, Any]] = [
        {"name": "get_weather", "arguments": {"location": "Paris", "unit": "celsius"}},
        {"id": "call_fixed", "name": "get_time", "arguments": '{"tz": "CET"}'},
    ]
    mock.reply_tool_calls(calls, chunk_size=5)
    events = stream(client)
    deltas = [
        e["choices"][0]["delta"]["tool_calls"]
        for e in events
        if e != "[DONE]" and e["choices"] and "tool_calls" in e["choices"][0]["delta"]
    ]
    merged: dict[int, dict[str, str]] = {}
    for (part,) in deltas:
        slot = merged.setdefault(part["index"], {"id": "", "name": "", "arguments": ""})
        slot["id"] += part.get("id", "")
        slot["name"] += part.get("function", {}).get("name", "")
        slot["arguments"] += part["function"]["arguments"]
        assert len(part["function"]["arguments"]) <= 5
    assert json.loads(merged[0]["arguments"]) == {"location": "Paris", "unit": "celsius"}
    assert merged[1] == {"id": "call_fixed", "name": "get_time", "arguments": '{"tz": "CET"}'}
    finish = next(
        e for e in events if e != "[DONE]" and e["choices"] and e["choices"][0]["finish_reason"]
    )
    assert finish["choices"][0]["finish_reason"] == "tool_calls"


def test_reply_json_and_error_envelope(mock: MockOpenRouter, client: httpx.Client) -> None:
    mock.reply_json("/credits", {"data": {"total_credits": 1, "total_usage": 0}}, status=200)
    mock.reply_error(429, headers={"Retry-After": "1"})
    mock.reply_error(402, "Not enough", metadata={"hint": "top up"}, path="/embeddings")
    mock.reply_error(404, code="not_found", extra={"openrouter_metadata": {"attempt": 1}})
    assert client.get("/credits").json() == {"data": {"total_credits": 1, "total_usage": 0}}
    r = client.post(CHAT, json=CHAT_BODY)
    assert (r.status_code, r.headers["retry-after"]) == (429, "1")
    assert r.json() == {"error": {"code": 429, "message": "Rate limit exceeded"}}
    r = client.post("/embeddings", json={"model": "e/x", "input": "hi"})
    assert r.json() == {
        "error": {"code": 402, "message": "Not enough", "metadata": {"hint": "top up"}}
    }
    r = client.post(CHAT, json=CHAT_BODY)
    assert r.status_code == 404
    assert r.json() == {
        "error": {"code": "not_found", "message": "Resource not found"},
        "openrouter_metadata": {"attempt": 1},
    }


@pytest.mark.parametrize(
    ("shape", "expected_keys"),
    [
        ("docs", ["id", "object", "created", "model", "provider", "error", "choices"]),
        ("top_level", ["id", "object", "created", "model", "provider", "error", "choices"]),
        ("choice", ["id", "object", "created", "model", "provider", "choices"]),
        ("bare", ["error"]),
    ],
)
def test_stream_error_shapes(
    mock: MockOpenRouter, client: httpx.Client, shape: Any, expected_keys: list[str]
) -> None:
    mock.stream_error(
        "partial answer", code=429, shape=shape, metadata={"error_type": "rate_limit_exceeded"}
    )
    events = stream(client)
    assert events[-1] != "[DONE]"
    *content, last = events
    assert "".join(e["choices"][0]["delta"]["content"] for e in content) == "partial answer"
    assert list(last) == expected_keys
    error = {
        "code": 429,
        "message": "Rate limit exceeded",
        "metadata": {"error_type": "rate_limit_exceeded"},
    }
    if shape == "docs":
        assert last["provider"] == "OpenAI" and last["error"] == error
        assert last["choices"] == [{"index": 0, "delta": {"content": ""}, "finish_reason": "error"}]
    elif shape == "top_level":
        assert last["error"] == error and last["choices"] == []
    elif shape == "choice":
        assert last["choices"][0]["finish_reason"] == "error"
        assert last["choices"][0]["error"] == error
    else:
        assert last == {"error": error}


def test_stream_error_matches_the_docs_line_byte_for_byte(mock: MockOpenRouter) -> None:
    docs = (
        'data: {"id":"gen-abc123","object":"chat.completion.chunk","created":1234567890,'
        '"model":"openai/gpt-4o","provider":"openai","error":{"code":"server_error",'
        '"message":"Provider disconnected unexpectedly"},"choices":[{"index":0,'
        '"delta":{"content":""},"finish_reason":"error"}]}'
    )
    mock.stream_error("", provider="openai")
    body = exchange(mock, request_bytes("POST", CHAT, {**CHAT_BODY, "model": "openai/gpt-4o"})).body
    line = body.decode().strip()
    event = json.loads(line[len("data: ") :])
    normalized = line.replace(event["id"], "gen-abc123").replace(
        str(event["created"]), "1234567890"
    )
    assert normalized == docs


def test_stream_error_unstreamed_puts_the_error_in_the_choice(
    mock: MockOpenRouter, client: httpx.Client
) -> None:
    mock.reply(
        replies.stream_error(
            "partial output...", code=502, message="Provider disconnected mid-stream", stream=None
        )
    )
    (choice,) = client.post(CHAT, json=CHAT_BODY).json()["choices"]
    assert choice["finish_reason"] == "error"
    assert choice["message"]["content"] == "partial output..."
    assert choice["error"] == {"code": 502, "message": "Provider disconnected mid-stream"}


def mock_models(client: httpx.Client) -> list[Any]:
    models: list[Any] = client.get("/models").json()["data"]
    assert client.get("/models/count").json()["data"]["count"] == len(models)
    return models


def test_replies_come_out_in_the_order_queued_whatever_their_method(
    mock: MockOpenRouter, client: httpx.Client
) -> None:
    mock.reply_error(400)  # any method
    mock.reply_text("second")  # POST only
    mock.reply_error(401)  # any method
    first, second, third = (client.post(CHAT, json=CHAT_BODY) for _ in range(3))
    assert [first.status_code, second.status_code, third.status_code] == [400, 200, 401]
    assert second.json()["choices"][0]["message"]["content"] == "second"


def test_replies_are_fifo_per_route_then_defaults(
    mock: MockOpenRouter, client: httpx.Client
) -> None:
    mock.reply_text("one")
    mock.reply_json("/models", {"data": []})
    mock.reply_text("two", times=2)
    texts = [
        client.post(CHAT, json=CHAT_BODY).json()["choices"][0]["message"]["content"]
        for _ in range(4)
    ]
    assert texts == ["one", "two", "two", "Hello from MockOpenRouter!"]
    assert client.get("/models").json() == {"data": []}
    assert len(client.get("/models").json()["data"]) == len(mock_models(client))
    assert mock.pending_replies == 0
    mock.assert_all_replies_used()


def test_method_specific_and_wildcard_routes(mock: MockOpenRouter, client: httpx.Client) -> None:
    mock.reply_json("/models/*/endpoints", {"data": "wild"}, method="GET")
    mock.reply_json("/thing", {"via": "delete"}, method="DELETE")
    assert client.get("/thing").status_code == 404
    assert client.delete("/thing").json() == {"via": "delete"}
    assert client.get("/models/a/b/endpoints").json() == {"data": "wild"}


def test_times_none_is_sticky_and_assert_all_used_reports(
    mock: MockOpenRouter, client: httpx.Client
) -> None:
    mock.reply_error(503, times=None)
    assert [client.post(CHAT, json=CHAT_BODY).status_code for _ in range(3)] == [503] * 3
    mock.reply_json("/never", {})
    assert mock.pending_replies == 1
    with pytest.raises(AssertionError, match="/never"):
        mock.assert_all_replies_used()
    mock.clear()
    assert client.post(CHAT, json=CHAT_BODY).status_code == 200
    assert len(mock.requests) == 1


def test_on_handler_scripts_a_tool_loop(mock: MockOpenRouter, client: httpx.Client) -> None:
    @mock.on(CHAT)
    def answer(request: RecordedRequest) -> Any:
        messages = request.json["messages"]
        if messages[-1]["role"] == "tool":
            return replies.text(f"It is {json.loads(messages[-1]['content'])['temp']} degrees.")
        return replies.tool_calls(
            [{"id": "call_1", "name": "get_weather", "arguments": {"city": "Oslo"}}]
        )

    first = client.post(CHAT, json={"messages": [{"role": "user", "content": "Weather?"}]}).json()
    call = first["choices"][0]["message"]["tool_calls"][0]
    followup = [
        {"role": "user", "content": "Weather?"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": call["id"], "content": '{"temp": 3}'},
    ]
    second = client.post(CHAT, json={"messages": followup}).json()
    assert second["choices"][0]["message"]["content"] == "It is 3 degrees."
    mock.reply_text("queued first")
    assert (
        client.post(CHAT, json={"messages": followup}).json()["choices"][0]["message"]["content"]
        == "queued first"
    )


def test_on_handler_dict_none_and_errors(mock: MockOpenRouter, client: httpx.Client) -> None:
    mock.on("/credits", lambda request: {"data": {"total_credits": 7, "total_usage": 0}})
    mock.on("/key", lambda request: None)
    mock.on("/providers", lambda request: {"never": 1 / 0})
    assert client.get("/credits").json()["data"]["total_credits"] == 7
    assert client.get("/key").json()["data"]["limit"] == 100
    r = client.get("/providers")
    assert r.status_code == 500 and "ZeroDivisionError" in r.json()["error"]["message"]
    assert isinstance(mock.errors[0], ZeroDivisionError)
    mock.errors.clear()


def test_defaults_for_every_documented_route(mock: MockOpenRouter, client: httpx.Client) -> None:
    models = client.get("/models").json()["data"]
    assert {"id", "name", "pricing", "context_length", "architecture"} <= set(models[0])
    assert client.get("/models/count").json() == {"data": {"count": len(models)}}
    assert client.get("/models/openai/gpt-4/endpoints").json()["data"]["id"] == "openai/gpt-4"
    assert client.get("/models/no/such/endpoints").status_code == 404
    assert client.get("/providers").json()["data"][0]["slug"] == "openai"
    assert client.get("/credits").json() == {"data": {"total_credits": 100.5, "total_usage": 25.75}}
    assert "limit_remaining" in client.get("/key").json()["data"]
    chat = client.post(CHAT, json=CHAT_BODY).json()
    gen = client.get("/generation", params={"id": chat["id"]}).json()["data"]
    assert gen["id"] == chat["id"] and gen["total_cost"] == chat["usage"]["cost"]
    assert client.get("/generation", params={"id": "gen-42"}).status_code == 404
    assert client.get("/generation").status_code == 400
    emb = client.post(
        "/embeddings", json={"model": "x/e", "input": ["a", "b"], "dimensions": 4}
    ).json()
    assert [len(d["embedding"]) for d in emb["data"]] == [4, 4]
    again = client.post("/embeddings", json={"model": "x/e", "input": "a", "dimensions": 4}).json()
    assert again["data"][0]["embedding"] == emb["data"][0]["embedding"]  # deterministic
    resp = client.post("/responses", json={"model": "a/b", "input": "hi"}).json()
    assert resp["object"] == "response" and resp["output"][0]["content"][0]["type"] == "output_text"
    with client.stream("POST", "/responses", json={"input": "hi", "stream": True}) as r:
        events = sse_payloads(r.read())
    types = [e["type"] for e in events[:-1]]
    assert types[0] == "response.created" and types[-1] == "response.completed"
    assert (
        "".join(
            e["delta"]
            for e in events
            if e != "[DONE]" and e["type"] == "response.output_text.delta"
        )
        == resp["output"][0]["content"][0]["text"]
    )
    assert [e["sequence_number"] for e in events[:-1]] == list(range(len(events) - 1))
    assert events[-1] == "[DONE]"
    r = client.get("/no/such/route")
    assert (r.status_code, r.json()) == (
        404,
        {"error": {"code": 404, "message": "Resource not found"}},
    )
    assert httpx.get(f"http://127.0.0.1:{mock.port}/elsewhere").status_code == 404


def test_chat_text_default_is_configurable() -> None:
    with MockOpenRouter(require_auth=False, chat_text="Custom default") as mock:
        body = httpx.post(mock.url(CHAT), json=CHAT_BODY).json()
    assert body["choices"][0]["message"]["content"] == "Custom default"


def test_headers_given_replace_the_defaults(mock: MockOpenRouter, client: httpx.Client) -> None:
    mock.reply_json("/credits", {}, headers={"content-type": "application/vnd.x+json", "X-A": "1"})
    mock.reply_text("hi", headers={"X-Generation-Id": "gen-fixed"})
    r = client.get("/credits")
    assert r.headers.get_list("content-type") == ["application/vnd.x+json"]
    assert r.headers["x-a"] == "1"
    r = client.post(CHAT, json=CHAT_BODY)
    assert r.headers.get_list("x-generation-id") == ["gen-fixed"]


def test_received_at_shows_when_requests_arrived(
    mock: MockOpenRouter, client: httpx.Client
) -> None:
    import time

    client.get("/credits")
    time.sleep(0.05)
    client.get("/credits")
    first, second = mock.requests
    assert second.received_at - first.received_at >= 0.05


def test_each_stream_event_is_one_http_chunk(mock: MockOpenRouter) -> None:
    mock.stream_text("a b", comments_before=2)
    with connect(mock) as sock:
        sock.sendall(request_bytes("POST", CHAT, STREAM_BODY))
        head, chunks = chunks_of(RawReader(sock))
    assert head.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"\r\nTransfer-Encoding: chunked\r\n" in head
    assert b"\r\nContent-Type: text/event-stream\r\n" in head
    assert chunks[:2] == [b": OPENROUTER PROCESSING\n\n"] * 2
    assert chunks[-1] == b"data: [DONE]\n\n"
    assert len(chunks) == 2 + 2 + 1 + 1 + 1  # comments, words, finish, usage, done
    assert all(c.startswith(b"data: {") and c.endswith(b"}\n\n") for c in chunks[2:-1])
    assert all(c.count(b"\n\n") == 1 for c in chunks)


def test_default_stream_chunk_delay() -> None:
    import time

    with MockOpenRouter(require_auth=False, chunk_delay=0.05) as mock:
        started = time.perf_counter()
        body = httpx.post(mock.url(CHAT), json=STREAM_BODY).content
        assert time.perf_counter() - started >= 0.05 * 5
    assert sse_payloads(body)[-1] == "[DONE]"
