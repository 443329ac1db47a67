"""Broken connections and timeouts: what is retried (nothing had arrived yet), what is not (a
stream that delivered content), and that a broken stream raises with what it delivered."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from openrouter_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncOpenRouter,
    OpenRouter,
    StreamError,
)
from openrouter_client.testing import MockOpenRouter, Response, Send, faults, replies
from openrouter_client.testing._wire import KEEPALIVE_COMMENT, sse_headers
from tests.faults.conftest import API_KEY, CHAT, Run, answer, ask, collect, text_of

pytestmark = pytest.mark.anyio

STREAM = pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])


async def _client_for(run: Run, base_url: str, **options: Any) -> OpenRouter | AsyncOpenRouter:
    cls = AsyncOpenRouter if run.is_async else OpenRouter
    return cls(api_key=API_KEY, base_url=base_url, **options)


async def _close(client: OpenRouter | AsyncOpenRouter) -> None:
    if isinstance(client, AsyncOpenRouter):
        await client.close()
    else:
        client.close()


async def _broken_stream(run: Run, **params: Any) -> tuple[StreamError, Any, list[Any]]:
    """Open a stream, read it until it fails; the error, the stream and the chunks read."""
    stream = await ask(run, stream=True, **params)
    chunks: list[Any] = []
    with pytest.raises(StreamError) as caught:
        if run.is_async:
            async with stream:
                async for chunk in stream:
                    chunks.append(chunk)
        else:
            with stream:
                for chunk in stream:
                    chunks.append(chunk)
    return caught.value, stream, chunks


# -- before any response: retried ------------------------------------------------------------


@STREAM
async def test_connection_refused_is_retried_then_raised(
    run: Run, sleeps: list[float], stream: bool
) -> None:
    client = await _client_for(run, faults.refused_url(), max_retries=2)
    try:
        with pytest.raises(APIConnectionError) as caught:
            await ask(run, stream=stream, client=client)
    finally:
        await _close(client)
    assert not isinstance(caught.value, APITimeoutError)
    assert len(sleeps) == 2  # two retries after the first refusal
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "ConnectError" in str(caught.value)
    assert API_KEY not in str(caught.value) and API_KEY not in repr(caught.value)


@STREAM
@pytest.mark.parametrize("fault", [faults.reset_before_headers, faults.close_before_headers])
async def test_dropped_before_headers_is_retried(
    run: Run, mock: MockOpenRouter, sleeps: list[float], stream: bool, fault: Any
) -> None:
    mock.reply(fault())
    mock.reply(fault())
    mock.reply_text("third connection worked")
    assert await answer(run, stream=stream) == "third connection worked"
    assert len(mock.requests_to(CHAT)) == 3

    mock.reply(fault(), times=3)
    with pytest.raises(APIConnectionError) as caught:
        await ask(run, stream=stream)
    assert len(mock.requests_to(CHAT)) == 6
    assert isinstance(caught.value.__cause__, (httpx.ReadError, httpx.RemoteProtocolError))


async def test_whole_answer_cut_off_in_its_body_is_retried(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    # Nothing reached the caller yet, so asking again is safe.
    mock.reply(replies.text("lost", stream=False).with_(then=faults.Reset()))
    mock.reply(faults.truncated_json(http_level=True))
    mock.reply(faults.reset_after_headers())
    mock.reply_text("complete at last")
    assert await answer(run, stream=False, max_retries=3) == "complete at last"
    assert len(mock.requests_to(CHAT)) == 4


# -- after the headers of a stream: raised, never retried -----------------------------------


async def test_stream_reset_after_headers_raises_without_retry(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    mock.reply(faults.reset_after_headers())
    mock.reply_text("not fetched")
    error, _, chunks = await _broken_stream(run)
    assert chunks == []
    assert "broke off" in str(error) and "ReadError" in str(error)
    assert isinstance(error.__cause__, httpx.ReadError)
    assert len(mock.requests_to(CHAT)) == 1 and mock.pending_replies == 1


@pytest.mark.parametrize(
    ("fault", "cause"),
    [
        (faults.reset_mid_stream, httpx.ReadError),
        (faults.close_mid_stream, httpx.RemoteProtocolError),
    ],
    ids=["reset", "close"],
)
async def test_stream_cut_mid_way_keeps_what_arrived_and_is_not_retried(
    run: Run, mock: MockOpenRouter, sleeps: list[float], fault: Any, cause: type[Exception]
) -> None:
    mock.reply(fault("Once upon a time"))
    mock.reply_text("a second, billed answer")  # must not be fetched
    error, stream, chunks = await _broken_stream(run, keep_chunks=True)
    assert text_of(chunks) == "Once upon a time"
    assert error.partial.choices[0].message.content == "Once upon a time"
    assert text_of([_chunk(raw) for raw in stream.chunks]) == "Once upon a time"
    assert stream.snapshot().to_dict() == error.partial.to_dict()
    assert isinstance(error.__cause__, cause)
    assert len(mock.requests_to(CHAT)) == 1 and mock.pending_replies == 1
    assert sleeps == []


def _chunk(raw: dict[str, Any]) -> Any:
    from openrouter_api.models import ChatStreamChunk

    return ChatStreamChunk.from_dict(raw)


@pytest.mark.parametrize("complete", [False, True], ids=["no-finish", "finish-and-usage"])
async def test_stream_without_done_raises(
    run: Run, mock: MockOpenRouter, sleeps: list[float], complete: bool
) -> None:
    mock.reply(faults.end_without_done("Half an answer", finish=complete, send_usage=complete))
    error, _, chunks = await _broken_stream(run)
    assert text_of(chunks) == "Half an answer"
    assert "ended before its final event" in str(error)
    assert error.partial.choices[0].message.content == "Half an answer"
    assert len(mock.requests_to(CHAT)) == 1


async def test_responses_stream_cut_mid_way_keeps_what_arrived(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    events = [
        b'data: {"type":"response.created","response":{"id":"r1","object":"response",'
        b'"status":"in_progress","output":[]}}\n\n',
        b'data: {"type":"response.output_text.delta","output_index":0,"item_id":"m1",'
        b'"content_index":0,"delta":"Partial "}\n\n',
        b'data: {"type":"response.output_text.delta","output_index":0,"item_id":"m1",'
        b'"content_index":0,"delta":"reply"}\n\n',
    ]
    steps = [Send(e) for e in events] + [faults.Reset()]
    mock.reply(Response(200, sse_headers(), steps, framing="chunked"), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="hi", stream=True))
    with pytest.raises(StreamError) as caught:
        await collect(run, stream)
    assert "responses stream broke off" in str(caught.value)
    assert len(mock.requests_to("/responses")) == 1
    partial = caught.value.partial.to_dict()
    assert "Partial reply" in str(partial)


# -- timeouts -------------------------------------------------------------------------------


async def test_stream_idle_past_read_timeout_raises_with_what_arrived(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    mock.reply(faults.idle_mid_stream(5.0, before="Still", after=" here"))
    client = run.client.with_options(timeout=httpx.Timeout(10.0, read=0.3))
    stream = await ask(run, stream=True, client=client)
    chunks: list[Any] = []
    with pytest.raises(StreamError) as caught:
        if run.is_async:
            async with stream:
                async for chunk in stream:
                    chunks.append(chunk)
        else:
            with stream:
                for chunk in stream:
                    chunks.append(chunk)
    assert caught.value.timed_out
    assert isinstance(caught.value, APITimeoutError)  # `except APITimeoutError` catches it too
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert "idle past the read timeout" in str(caught.value)
    assert text_of(chunks) == "Still"
    assert caught.value.partial.choices[0].message.content == "Still"
    assert len(mock.requests_to(CHAT)) == 1  # content had arrived: not retried


@STREAM
async def test_no_response_within_read_timeout_is_an_api_timeout_error(
    run: Run, mock: MockOpenRouter, sleeps: list[float], stream: bool
) -> None:
    mock.reply(replies.text("too slow", delay=5.0), times=2)
    client = run.client.with_options(timeout=httpx.Timeout(10.0, read=0.2), max_retries=1)
    with pytest.raises(APITimeoutError) as caught:
        await ask(run, stream=stream, client=client)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert "timed out" in str(caught.value)
    assert len(mock.requests_to(CHAT)) == 2 and len(sleeps) == 1  # a timeout is retried


async def test_keepalive_comments_keep_an_idle_stream_alive(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    # 0.8 s of thinking with a comment every 50 ms, under a 0.3 s read timeout.
    events: list[Any] = [_delta("Thinking")]
    events += [KEEPALIVE_COMMENT] * 16
    events += [_delta(" done."), _delta("", finish="stop")]
    mock.reply(replies.sse(events, chunk_delay=0.05))
    client = run.client.with_options(timeout=httpx.Timeout(10.0, read=0.3))
    stream = await ask(run, stream=True, client=client)
    assert text_of(await collect(run, stream)) == "Thinking done."


def _delta(content: str, finish: str | None = None) -> dict[str, Any]:
    choice = {"index": 0, "delta": {"role": "assistant", "content": content}}
    choice["finish_reason"] = finish
    return {"id": "gen-1", "object": "chat.completion.chunk", "model": "m", "choices": [choice]}


async def test_a_long_stream_is_not_cut_by_any_timeout(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    # Every timeout 0.4 s; the stream lasts over 1 s, each gap well under 0.4 s.
    words = " ".join(f"w{n}" for n in range(12))
    mock.reply(replies.stream_text(words, chunk_delay=0.08))
    client = run.client.with_options(timeout=0.4)
    stream = await ask(run, stream=True, client=client)
    assert text_of(await collect(run, stream)) == words


@STREAM
async def test_connect_timeout_is_its_own_limit(
    run: Run, sleeps: list[float], stream: bool
) -> None:
    with faults.unaccepted_url() as url:
        timeout = httpx.Timeout(30.0, connect=0.2)
        client = await _client_for(run, url, timeout=timeout, max_retries=1)
        try:
            with pytest.raises(APITimeoutError) as caught:
                await ask(run, stream=stream, client=client)
        finally:
            await _close(client)
    assert isinstance(caught.value.__cause__, httpx.ConnectTimeout)
    assert len(sleeps) == 1


async def test_a_short_connect_timeout_does_not_limit_waiting_for_the_answer(
    run: Run, mock: MockOpenRouter, sleeps: list[float]
) -> None:
    mock.reply(replies.text("worth the wait", delay=0.5))
    client = run.client.with_options(timeout=httpx.Timeout(5.0, connect=0.05), max_retries=0)
    assert await answer(run, stream=False, client=client) == "worth the wait"
