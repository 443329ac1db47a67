"""``with_raw_response`` (the HTTP response behind an answer: ``X-Generation-Id`` and other
headers, with the parsed answer) and ``with_options`` (a client sharing the connections with
other timeouts, retries or headers). Sync and async."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from openrouter_client import APIResponse, InternalServerError, RateLimitError
from openrouter_client.testing import MockOpenRouter
from tests.chat.conftest import HI, MODEL
from tests.resources.conftest import API_KEY, Run

pytestmark = pytest.mark.anyio


async def test_raw_response_headers_and_parse(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_text("Raw hello", headers={"X-RateLimit-Remaining": "41"})
    raw = await run(
        lambda c: c.with_raw_response(c.chat.completions.create)(
            model=MODEL, messages=HI, temperature=0
        )
    )
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    generation = raw.headers["X-Generation-Id"]
    assert generation.startswith("gen-")
    assert raw.generation_id == generation
    assert raw.headers["x-ratelimit-remaining"] == "41"
    result = raw.parse()
    assert result.choices[0].message.content == "Raw hello"
    assert result.id == generation  # the header names this very answer
    assert mock.last_request.json["temperature"] == 0


async def test_raw_response_of_a_stream(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_text("Streamed raw")
    raw = await run(
        lambda c: c.with_raw_response(c.chat.completions.create)(
            model=MODEL, messages=HI, stream=True
        )
    )
    stream = raw.parse()
    assert raw.generation_id == stream.headers["x-generation-id"]
    assert raw.headers["content-type"].startswith("text/event-stream")
    completion = await run(lambda _: stream.get_final_completion())
    assert completion.choices[0].message.content == "Streamed raw"
    assert completion.id == raw.generation_id


async def test_raw_response_error_raises_the_same_error(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_error(429, headers={"X-Request-Id": "req-raw"})
    with pytest.raises(RateLimitError) as caught:
        await run(
            lambda c: c.with_raw_response(c.chat.completions.create)(
                model=MODEL, messages=HI, max_retries=0
            )
        )
    assert caught.value.request_id == "req-raw"


async def test_raw_response_is_the_last_attempt(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_error(503, headers={"Retry-After": "0"})
    mock.reply_text("after a retry")
    raw = await run(
        lambda c: c.with_raw_response(c.chat.completions.create)(model=MODEL, messages=HI)
    )
    assert raw.status_code == 200
    assert raw.parse().choices[0].message.content == "after a retry"
    assert len(mock.requests) == 2


async def test_with_options_changes_one_client_view(run: Run, mock: MockOpenRouter) -> None:
    base = run.client
    tuned = base.with_options(
        timeout=7.5, max_retries=0, default_headers={"X-Tuned": "yes", "X-Title": "Tuned"}
    )
    assert tuned.max_retries == 0
    assert tuned.timeout == httpx.Timeout(7.5)
    assert base.max_retries == 2  # the original is unchanged
    assert tuned.base_url == base.base_url

    mock.reply_error(500)
    mock.reply_text("never reached by the tuned client")
    tuned_run = Run(tuned)
    with pytest.raises(InternalServerError):
        await tuned_run(lambda c: c.chat.completions.create(model=MODEL, messages=HI))
    request = mock.last_request
    assert request.headers["X-Tuned"] == "yes"
    assert request.headers["X-Title"] == "Tuned"
    assert request.bearer_token == API_KEY  # the key is carried over
    assert len(mock.requests) == 1  # max_retries=0

    result = await run(lambda c: c.chat.completions.create(model=MODEL, messages=HI))
    assert result.choices[0].message.content == "never reached by the tuned client"
    assert "X-Tuned" not in mock.last_request.headers


async def test_with_options_shares_the_pool(run: Run, mock: MockOpenRouter) -> None:
    tuned = Run(run.client.with_options(max_retries=1))
    first = await tuned(lambda c: c.chat.completions.create(model=MODEL, messages=HI))
    await tuned.close()  # closing a derived client leaves the shared pool open
    second: Any = await run(lambda c: c.chat.completions.create(model=MODEL, messages=HI))
    assert first.choices[0].message.content == second.choices[0].message.content
    requests = mock.requests
    assert requests[0].connection_id == requests[1].connection_id  # one connection, reused
