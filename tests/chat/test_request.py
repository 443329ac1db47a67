"""What ``chat.completions.create`` sends: the JSON body (every argument exactly as given,
falsy values kept, nothing unset), the headers, the query, and where the configuration comes
from. Sync and async, over a real socket to ``MockOpenRouter``."""

from __future__ import annotations

import types
from typing import Any

import httpx
import pytest

from openrouter_client import (
    AsyncOpenRouter,
    InternalServerError,
    OpenRouter,
    assistant,
    system,
    tool_result,
    user,
)
from openrouter_client.testing import MockOpenRouter
from tests.chat.conftest import HI, MODEL, create, opened
from tests.resources.conftest import API_KEY, Run
from tests.spec_contract import assert_valid_request

pytestmark = pytest.mark.anyio

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}

# One argument of each kind; the falsy ones are the point: 0, 0.0 and False must be sent.
ARGUMENTS: dict[str, Any] = {
    "model": MODEL,
    "models": ["openai/gpt-4o-mini", "anthropic/claude-haiku-4.5"],
    "temperature": 0,
    "top_p": 0,
    "top_k": 0,
    "frequency_penalty": 0.0,
    "presence_penalty": -0.5,
    "repetition_penalty": 1.0,
    "seed": 0,
    "max_tokens": 16,
    "max_completion_tokens": 32,
    "logprobs": False,
    "top_logprobs": 0,
    "parallel_tool_calls": False,
    "stop": ["\n\n", "END"],
    "logit_bias": {"50256": -100},
    "provider": {"allow_fallbacks": False, "order": ["OpenAI"], "data_collection": "deny"},
    "reasoning": {"effort": "low", "exclude": False},
    "response_format": {
        "type": "json_schema",
        "json_schema": {
            "name": "answer",
            "strict": True,
            "schema": {"type": "object", "properties": {"a": {"type": "integer"}}},
        },
    },
    "tools": [WEATHER_TOOL],
    "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
    "metadata": {"trace": "t-1"},
    "modalities": ["text"],
    "session_id": "session-1",
    "user": "user-42",
    "plugins": [{"id": "web", "max_results": 1}],
}


async def test_every_argument_lands_in_the_body_exactly(run: Run, mock: MockOpenRouter) -> None:
    messages = [system("Be terse"), user("Hi")]
    await run(lambda c: c.chat.completions.create(messages=messages, **ARGUMENTS))
    body = mock.last_request.json
    assert body == {**ARGUMENTS, "messages": messages}
    assert_valid_request("POST", "/chat/completions", body)


async def test_falsy_values_are_sent_and_unset_ones_are_absent(
    run: Run, mock: MockOpenRouter
) -> None:
    await create(run, temperature=0, top_p=0, provider={"allow_fallbacks": False})
    body = mock.last_request.json
    assert body == {
        "model": MODEL,
        "messages": HI,
        "temperature": 0,
        "top_p": 0,
        "provider": {"allow_fallbacks": False},
    }
    await create(run)
    assert mock.last_request.json == {"model": MODEL, "messages": HI}  # not even "stream"
    assert_valid_request("POST", "/chat/completions", mock.last_request.json)


async def test_explicit_none_is_sent_as_null(run: Run, mock: MockOpenRouter) -> None:
    """None is a value the caller chose (the spec allows null for these), not "unset"."""
    await create(run, temperature=None, stop=None)
    body = mock.last_request.json
    assert "temperature" in body and body["temperature"] is None
    assert "stop" in body and body["stop"] is None
    assert_valid_request("POST", "/chat/completions", body)


async def test_streaming_request_asks_for_a_stream(run: Run, mock: MockOpenRouter) -> None:
    async with opened(run, stream_options={"include_usage": True}, temperature=0) as stream:
        await run.list(stream)
    request = mock.last_request
    assert request.json == {
        "model": MODEL,
        "messages": HI,
        "stream": True,
        "stream_options": {"include_usage": True},
        "temperature": 0,
    }
    assert request.headers["Accept"] == "text/event-stream"
    assert_valid_request("POST", "/chat/completions", request.json)


async def test_messages_of_every_form_are_sent_as_json(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_tool_calls([{"id": "call_1", "name": "get_weather", "arguments": {"city": "Oslo"}}])
    first = await create(run, messages=[user("Weather in Oslo?")], tools=[WEATHER_TOOL])
    previous = first.choices[0].message  # a generated model, passed back as it is
    conversation = [
        system("Be terse"),
        {"role": "user", "content": "Weather in Oslo?"},
        previous,
        tool_result("call_1", "-3 C"),
        types.MappingProxyType({"role": "user", "content": "And tomorrow?"}),
        assistant("Probably snow."),
        user([{"type": "text", "text": "Thanks"}]),
    ]
    await create(run, messages=conversation, tools=[WEATHER_TOOL])
    sent = mock.last_request.json["messages"]
    assert sent[0] == {"role": "system", "content": "Be terse"}
    assert sent[1] == {"role": "user", "content": "Weather in Oslo?"}
    assert sent[2] == previous.to_dict()
    assert sent[2]["tool_calls"][0]["id"] == "call_1"
    assert sent[2]["tool_calls"][0]["function"] == {
        "name": "get_weather",
        "arguments": '{"city": "Oslo"}',
    }
    assert sent[3] == {"role": "tool", "tool_call_id": "call_1", "content": "-3 C"}
    assert sent[4] == {"role": "user", "content": "And tomorrow?"}
    assert sent[5] == {"role": "assistant", "content": "Probably snow."}
    assert sent[6] == {"role": "user", "content": [{"type": "text", "text": "Thanks"}]}
    assert_valid_request("POST", "/chat/completions", mock.last_request.json)


@pytest.mark.parametrize(
    ("messages", "names"),
    [
        ("hi", "list of messages"),
        (b"hi", "list of messages"),
        ({"role": "user", "content": "Hi"}, "list of messages"),
        (None, "not NoneType"),
        (["hi"], "messages[0]"),
        ([user("Hi"), 42], "messages[1]"),
        ([user("Hi"), ("user", "Hi")], "messages[1]"),
    ],
)
async def test_messages_that_are_not_a_list_of_dicts_raise_a_clear_type_error(
    run: Run, mock: MockOpenRouter, messages: Any, names: str
) -> None:
    for stream in (False, True):
        with pytest.raises(TypeError, match=r"must be|list of messages") as caught:
            await run(
                lambda c, s=stream: c.chat.completions.create(
                    model=MODEL, messages=messages, stream=s
                )
            )
        assert names in str(caught.value)
    assert mock.requests == []  # refused before anything was sent


async def test_client_headers(make_client: Any, mock: MockOpenRouter) -> None:
    runner = make_client(
        api_key=API_KEY,
        app_url="https://myapp.example",
        app_title="My App",
        default_headers={"X-Team": "blue", "X-Override": "client"},
    )
    await create(runner)
    headers = mock.last_request.headers
    assert headers["Authorization"] == f"Bearer {API_KEY}"
    assert headers["HTTP-Referer"] == "https://myapp.example"
    assert headers["X-Title"] == "My App"
    assert headers["X-Team"] == "blue"
    assert headers["X-Override"] == "client"
    assert headers["Content-Type"] == "application/json"
    assert headers["User-Agent"].startswith("openrouter-client/")


async def test_without_app_identity_no_referer_or_title_is_sent(
    run: Run, mock: MockOpenRouter
) -> None:
    await create(run)
    assert "HTTP-Referer" not in mock.last_request.headers
    assert "X-Title" not in mock.last_request.headers


async def test_extra_headers_query_and_body_apply_to_one_call(
    make_client: Any, mock: MockOpenRouter
) -> None:
    runner = make_client(api_key=API_KEY, default_headers={"X-Override": "client"})
    mock.extra_fields = frozenset({"debug", "brand_new_field"})  # undeclared, sent on purpose
    await create(
        runner,
        temperature=1,
        extra_headers={"X-Override": "call", "X-Session-Id": "s-9"},
        extra_query={"debug": "1"},
        extra_body={"temperature": 0, "brand_new_field": {"on": True}},
    )
    request = mock.last_request
    assert request.headers["X-Override"] == "call"
    assert request.headers["X-Session-Id"] == "s-9"
    assert request.query == {"debug": "1"}
    assert request.path == "/api/v1/chat/completions"
    # extra_body is merged last: it wins, and the spec does not need to know its fields
    assert request.json == {
        "model": MODEL,
        "messages": HI,
        "temperature": 0,
        "brand_new_field": {"on": True},
    }
    for name in ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries"):
        assert name not in request.json
    # the next call is back to the client's configuration
    await create(runner)
    assert mock.last_request.headers["X-Override"] == "client"
    assert "X-Session-Id" not in mock.last_request.headers
    assert mock.last_request.query == {}


async def test_per_call_timeout_and_max_retries_are_options_not_body(
    run: Run, mock: MockOpenRouter
) -> None:
    """``run``'s client retries twice; ``max_retries=0`` on the call makes one attempt."""
    mock.reply_error(500)
    mock.reply_text("second attempt")
    with pytest.raises(InternalServerError):
        await create(run, timeout=5.0, max_retries=0)
    assert len(mock.requests) == 1
    assert mock.last_request.json == {"model": MODEL, "messages": HI}
    mock.clear()


async def test_environment_configures_key_and_base_url(
    make_client: Any, mock: MockOpenRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_key = "sk-or-v1-from-the-environment-1234"
    monkeypatch.setenv("OPENROUTER_API_KEY", env_key)
    monkeypatch.setenv("OPENROUTER_BASE_URL", mock.base_url)
    runner = make_client(base_url=None)
    assert runner.client.base_url == mock.base_url
    await create(runner)
    assert mock.last_request.bearer_token == env_key
    # explicit arguments win over the environment
    explicit = make_client(api_key=API_KEY, base_url=mock.base_url + "/")
    await create(explicit)
    assert mock.last_request.bearer_token == API_KEY


def test_default_base_url_without_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_BASE_URL", raising=False)
    monkeypatch.setenv("OPENROUTER_API_KEY", API_KEY)
    for cls in (OpenRouter, AsyncOpenRouter):
        client = cls()
        assert client.base_url == "https://openrouter.ai/api/v1"
        assert client.max_retries == 2


async def test_no_key_anywhere_sends_no_authorization(
    make_client: Any, mock: MockOpenRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openrouter_client import AuthenticationError

    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    runner = make_client()
    with pytest.raises(AuthenticationError) as caught:
        await create(runner)
    assert "Authorization" not in mock.last_request.headers
    assert caught.value.status_code == 401


@pytest.mark.parametrize("suffix", ["", "/", "//"])
async def test_base_url_trailing_slashes(
    make_client: Any, mock: MockOpenRouter, suffix: str
) -> None:
    runner = make_client(api_key=API_KEY, base_url=mock.base_url + suffix)
    result = await create(runner)
    assert mock.last_request.path == "/api/v1/chat/completions"
    assert result.choices[0].message.content


async def test_http_client_is_used_and_left_open(mock: MockOpenRouter, run: Run) -> None:
    if run.is_async:
        async with httpx.AsyncClient(headers={"X-From-Http-Client": "yes"}) as http:
            async with AsyncOpenRouter(
                api_key=API_KEY, base_url=mock.base_url, http_client=http
            ) as client:
                await client.chat.completions.create(model=MODEL, messages=HI)
            assert not http.is_closed
            response = await http.get(mock.url("/models"))
    else:
        with httpx.Client(headers={"X-From-Http-Client": "yes"}) as http:
            with OpenRouter(api_key=API_KEY, base_url=mock.base_url, http_client=http) as client:
                client.chat.completions.create(model=MODEL, messages=HI)
            assert not http.is_closed
            response = http.get(mock.url("/models"))
    sent = mock.requests_to("/chat/completions")[0]
    assert sent.headers["X-From-Http-Client"] == "yes"
    assert sent.bearer_token == API_KEY  # ours go on each request: that client does not hold them
    assert sent.headers["User-Agent"].startswith("openrouter-client")
    assert response.status_code == 200


async def test_context_managers_close_the_pool(mock: MockOpenRouter, run: Run) -> None:
    if run.is_async:
        async with AsyncOpenRouter(api_key=API_KEY, base_url=mock.base_url) as client:
            async with await client.chat.completions.create(
                model=MODEL, messages=HI, stream=True
            ) as stream:
                await stream.get_final_completion()
            await client.chat.completions.create(model=MODEL, messages=HI)
            assert mock.open_connections >= 1  # keep-alive: the pool holds its connection
    else:
        with OpenRouter(api_key=API_KEY, base_url=mock.base_url) as client:
            with client.chat.completions.create(model=MODEL, messages=HI, stream=True) as stream:
                stream.get_final_completion()
            client.chat.completions.create(model=MODEL, messages=HI)
            assert mock.open_connections >= 1
    assert mock.wait_for_connections(0), f"{mock.open_connections} connection(s) left open"
    assert len(mock.requests) == 2
