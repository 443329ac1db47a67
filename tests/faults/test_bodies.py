"""Bodies that are not what was asked for (a proxy's HTML page, nothing, cut-off or invalid
JSON, JSON where an event stream was expected) raise a typed error that names the problem and
keeps the body."""

from __future__ import annotations

import pytest

from openrouter_client import APIError, BadGatewayError, RateLimitError, StreamError
from openrouter_client.testing import MockOpenRouter, Response, faults, replies
from tests.faults.conftest import CHAT, Run, answer, ask, collect

pytestmark = pytest.mark.anyio

STREAM = pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])


@STREAM
async def test_html_502_page_is_a_bad_gateway_error_quoting_the_page(
    run: Run, mock: MockOpenRouter, sleeps: list[float], stream: bool
) -> None:
    mock.reply(faults.html_502(), times=3)
    with pytest.raises(BadGatewayError) as caught:
        await ask(run, stream=stream)
    error = caught.value
    assert error.status_code == 502
    assert "not JSON" in str(error) and "text/html" in str(error)
    assert "502 Bad Gateway" in str(error)
    assert isinstance(error.body, str) and "cloudflare" in error.body
    assert len(mock.requests_to(CHAT)) == 3  # a 502 is transient: retried first

    mock.reply(faults.html_502())
    mock.reply_text("the proxy recovered")
    assert await answer(run, stream=stream) == "the proxy recovered"


async def test_empty_200_says_the_body_is_empty(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(faults.empty_200())
    with pytest.raises(APIError) as caught:
        await ask(run, stream=False)
    assert "empty body" in str(caught.value)
    assert caught.value.status_code == 200
    assert len(mock.requests_to(CHAT)) == 1  # a 200 is an answer: asking again would re-bill


@pytest.mark.parametrize(
    "reply", [faults.truncated_json(), faults.invalid_json()], ids=["truncated", "invalid"]
)
async def test_json_that_does_not_parse_is_named_and_kept(
    run: Run, mock: MockOpenRouter, reply: object
) -> None:
    mock.reply(reply)  # type: ignore[arg-type]
    with pytest.raises(APIError) as caught:
        await ask(run, stream=False)
    error = caught.value
    assert "not valid JSON" in str(error) and "application/json" in str(error)
    assert isinstance(error.body, str) and error.body.startswith('{"id":')
    assert len(mock.requests_to(CHAT)) == 1


async def test_json_cut_off_at_http_level_is_a_connection_error_and_retried(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    mock.reply(faults.truncated_json(http_level=True))
    mock.reply_text("whole this time")
    assert await answer(run, stream=False) == "whole this time"
    assert len(mock.requests_to(CHAT)) == 2


# -- a stream was asked for, something else came back ------------------------------------


@pytest.mark.parametrize(
    ("reply", "named"),
    [
        (faults.empty_200(), "an empty body"),
        (faults.invalid_json(), "application/json"),
        (faults.truncated_json(), "application/json"),
        (replies.text("Not streamed", stream=False), "application/json"),
        (Response(200, [("Content-Type", "text/html")], b"<html>hi</html>"), "text/html"),
    ],
    ids=["empty", "invalid-json", "truncated-json", "json-answer", "html"],
)
async def test_a_stream_answered_without_events_names_what_came(
    run: Run, mock: MockOpenRouter, reply: object, named: str
) -> None:
    mock.reply(reply)  # type: ignore[arg-type]
    stream = await ask(run, stream=True)
    with pytest.raises(StreamError) as caught:
        await collect(run, stream)
    error = caught.value
    assert "text/event-stream" in str(error) and named in str(error)
    assert error.status_code == 200
    assert error.body is not None  # what arrived is kept
    assert len(mock.requests_to(CHAT)) == 1


async def test_a_json_error_where_a_stream_was_expected_is_that_error(
    run: Run, mock: MockOpenRouter
) -> None:
    body = {"error": {"code": 429, "message": "Rate limit exceeded", "metadata": {"a": 1}}}
    mock.reply(replies.json_body(body))
    stream = await ask(run, stream=True)
    with pytest.raises(StreamError) as caught:
        await collect(run, stream)
    assert caught.value.code == 429 and caught.value.status_code == 429
    assert caught.value.message == "Rate limit exceeded"
    assert not isinstance(caught.value, RateLimitError)  # it arrived as a 200: a stream error
