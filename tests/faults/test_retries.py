"""Which failed requests are retried, how often, and after how long: chat completions whole and
streamed, sync and async, against real error responses. Waits are recorded, not slept."""

from __future__ import annotations

from typing import Any

import pytest

from openrouter_client import (
    APIError,
    AsyncOpenRouter,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenRouter,
    PaymentRequiredError,
    ProviderOverloadedError,
    ProviderTimeoutError,
    RateLimitError,
    RequestTimeoutError,
    ServiceUnavailableError,
    user,
)
from openrouter_client.testing import MockOpenRouter, replies
from tests.faults.conftest import API_KEY, CHAT, Run, answer, ask, collect

pytestmark = pytest.mark.anyio

STREAM = pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
# A short server-requested wait, so the waits below are the server's, not backoff jitter.
SOON = {"retry-after-ms": "20"}


@STREAM
@pytest.mark.parametrize(
    ("headers", "wait"),
    [({"Retry-After": "2"}, 2.0), ({"retry-after-ms": "250"}, 0.25)],
    ids=["retry-after-seconds", "retry-after-ms"],
)
async def test_429_waits_as_told_then_returns_the_answer(
    run: Run,
    mock: MockOpenRouter,
    sleeps: list[float],
    stream: bool,
    headers: dict[str, str],
    wait: float,
) -> None:
    mock.reply_error(429, headers=headers)
    mock.reply_text("Recovered after a rate limit")
    assert await answer(run, stream=stream) == "Recovered after a rate limit"
    assert len(mock.requests_to(CHAT)) == 2
    assert sleeps == [wait]


async def test_retry_after_ms_wins_over_retry_after(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    mock.reply_error(429, headers={"Retry-After": "30", "retry-after-ms": "40"})
    mock.reply_text("ok")
    assert await answer(run, stream=False) == "ok"
    assert sleeps == [0.04]


@STREAM
@pytest.mark.parametrize(
    ("status", "error"),
    [
        (408, RequestTimeoutError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, BadGatewayError),
        (503, ServiceUnavailableError),
        (504, InternalServerError),
        (524, ProviderTimeoutError),
        (529, ProviderOverloadedError),
    ],
)
async def test_transient_statuses_are_retried_until_success(
    run: Run,
    mock: MockOpenRouter,
    sleeps: list[float],
    stream: bool,
    status: int,
    error: type[APIError],
) -> None:
    mock.reply_error(status, times=2)  # no hint: the client backs off on its own
    mock.reply_text(f"Answered after two {status}s")
    assert await answer(run, stream=stream) == f"Answered after two {status}s"
    assert len(mock.requests_to(CHAT)) == 3
    # Full-jitter backoff: the first wait at most 0.5 s, the second at most 1 s.
    assert len(sleeps) == 2 and 0 <= sleeps[0] <= 0.5 and 0 <= sleeps[1] <= 1.0

    # And once the retries are used up, the typed error of that status is raised.
    mock.reply_error(status, times=3, headers=SOON)
    with pytest.raises(error) as caught:
        await ask(run, stream=stream)
    assert caught.value.status_code == status
    assert len(mock.requests_to(CHAT)) == 6


@STREAM
@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, PaymentRequiredError),
        (404, NotFoundError),
    ],
)
async def test_client_errors_are_not_retried(
    run: Run,
    mock: MockOpenRouter,
    sleeps: list[float],
    stream: bool,
    status: int,
    error: type[APIError],
) -> None:
    # Even with a Retry-After: it says when to come back, not that this request can succeed.
    mock.reply_error(status, headers={"Retry-After": "1"})
    mock.reply_text("never fetched")
    with pytest.raises(error) as caught:
        await ask(run, stream=stream)
    assert caught.value.status_code == status
    assert len(mock.requests_to(CHAT)) == 1
    assert sleeps == []
    assert mock.pending_replies == 1
    assert API_KEY not in str(caught.value) and API_KEY not in repr(caught.value)


@STREAM
async def test_exhausted_retries_raise_the_last_status(
    run: Run, mock: MockOpenRouter, sleeps: list[float], stream: bool
) -> None:
    mock.reply_error(503, headers=SOON)
    mock.reply_error(429, headers=SOON)
    mock.reply_error(502, message="Upstream provider failed", headers=SOON)
    mock.reply_text("too late")
    with pytest.raises(BadGatewayError) as caught:
        await ask(run, stream=stream)
    assert caught.value.status_code == 502
    assert caught.value.message == "Upstream provider failed"
    assert caught.value.headers["retry-after-ms"] == "20"
    assert len(mock.requests_to(CHAT)) == 3  # the first try and the client's 2 retries
    assert sleeps == [0.02, 0.02]


@STREAM
@pytest.mark.parametrize("retries", [0, 1, 3])
async def test_max_retries_per_client(
    run: Run, mock: MockOpenRouter, sleeps: list[float], stream: bool, retries: int
) -> None:
    client = run.client.with_options(max_retries=retries)
    mock.reply_error(500, times=retries + 1, headers=SOON)
    with pytest.raises(InternalServerError):
        await ask(run, stream=stream, client=client)
    assert len(mock.requests_to(CHAT)) == retries + 1

    if retries:
        mock.reply_error(500, times=retries, headers=SOON)
    mock.reply_text("made it on the last try")
    assert await answer(run, stream=stream, client=client) == "made it on the last try"
    assert len(mock.requests_to(CHAT)) == 2 * retries + 2


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_max_retries_from_the_constructor(
    mock: MockOpenRouter, sleeps: list[float], is_async: bool
) -> None:
    mock.reply_error(503, times=4, headers=SOON)
    mock.reply_text("fifth time lucky")
    if is_async:
        async with AsyncOpenRouter(
            api_key=API_KEY, base_url=mock.base_url, max_retries=4
        ) as async_client:
            result = await async_client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "Hi"}]
            )
    else:
        with OpenRouter(api_key=API_KEY, base_url=mock.base_url, max_retries=4) as client:
            result = client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "Hi"}]
            )
    assert result.choices[0].message.content == "fifth time lucky"
    assert len(mock.requests) == 5


@STREAM
async def test_max_retries_per_call(
    run: Run, mock: MockOpenRouter, sleeps: list[float], stream: bool
) -> None:
    mock.reply_error(503, headers=SOON)
    with pytest.raises(ServiceUnavailableError):
        await ask(run, stream=stream, max_retries=0)
    assert len(mock.requests_to(CHAT)) == 1
    assert "max_retries" not in mock.last_request.json  # an option, not a body field

    mock.reply_error(503, times=3, headers=SOON)
    mock.reply_text("more patient than the client")
    assert await answer(run, stream=stream, max_retries=3) == "more patient than the client"
    assert len(mock.requests_to(CHAT)) == 5
    # The client's own setting is untouched by a per-call one.
    mock.reply_error(503, times=3, headers=SOON)
    with pytest.raises(ServiceUnavailableError):
        await ask(run, stream=stream)
    assert len(mock.requests_to(CHAT)) == 8


async def test_server_may_forbid_or_ask_for_a_retry(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    mock.reply_error(503, headers={"x-should-retry": "false"})
    with pytest.raises(ServiceUnavailableError):
        await ask(run, stream=False)
    assert len(mock.requests_to(CHAT)) == 1

    mock.reply_error(400, headers={"x-should-retry": "true", **SOON})
    mock.reply_text("retried because the server said so")
    assert await answer(run, stream=False) == "retried because the server said so"
    assert len(mock.requests_to(CHAT)) == 3


@STREAM
async def test_a_wait_longer_than_a_minute_is_not_slept_through(
    run: Run, mock: MockOpenRouter, sleeps: list[float], stream: bool
) -> None:
    mock.reply_error(429, headers={"Retry-After": "600"})
    with pytest.raises(RateLimitError) as caught:
        await ask(run, stream=stream)
    assert sleeps == [] and len(mock.requests_to(CHAT)) == 1
    assert caught.value.headers["retry-after"] == "600"  # the caller can reschedule


async def test_responses_stream_is_retried_before_it_starts(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    mock.reply_error(429, path="/responses", headers={"retry-after-ms": "30"})
    mock.reply_error(503, path="/responses", headers=SOON)
    mock.reply(replies.sse(_responses_events("Hi again")), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="hi", stream=True))
    events = await collect(run, stream)
    assert "".join(e.delta for e in events if e.type == "response.output_text.delta") == "Hi again"
    assert len(mock.requests_to("/responses")) == 3
    assert sleeps == [0.03, 0.02]


def _responses_events(text: str) -> list[dict[str, object]]:
    base = {"id": "resp_1", "object": "response", "model": "m"}
    return [
        {"type": "response.created", "response": {**base, "status": "in_progress", "output": []}},
        {"type": "response.output_text.delta", "output_index": 0, "item_id": "m1", "delta": text},
        {"type": "response.completed", "response": {**base, "status": "completed", "output": []}},
    ]


@pytest.mark.parametrize("bad", [-1, 1.5, "2"])
async def test_a_per_call_max_retries_that_is_not_a_count_is_refused(
    run: Run, mock: MockOpenRouter, bad: Any
) -> None:
    with pytest.raises(ValueError, match="max_retries must be an int, 0 or more"):
        await run(
            lambda c: c.chat.completions.create(model="m", messages=[user("Hi")], max_retries=bad)
        )
    with pytest.raises(ValueError, match="max_retries must be an int"):
        run.client.with_options(max_retries=bad)
    assert mock.requests == []
