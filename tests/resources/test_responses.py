"""``client.responses``: whole and streamed, with chat's stream guarantees, and the docs samples
of the Responses API replayed (the spec's and the docs' event names alike)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from openrouter_client import APIError, ResponseEvent, StreamError, output_text
from openrouter_client.testing import MockOpenRouter, replies
from tests.resources.conftest import Run, as_json, sample, sample_text, sse_text

# Each test runs with orjson and with the standard library json (tests/conftest.py).
pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("json_backend")]

RESULT = "responses-api-response.spec-example.json"


def spec_stream(text_parts: list[str], *, end: str | None = "response.completed") -> list[Any]:
    """Events as the spec names them: created, text deltas, text done, then ``end``."""
    base = {"id": "resp_1", "object": "response", "model": "m"}
    events: list[Any] = [
        {"type": "response.created", "response": {**base, "status": "in_progress", "output": []}},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {"type": "message", "id": "msg_1", "role": "assistant", "content": []},
        },
    ]
    for n, part in enumerate(text_parts):
        events.append(
            {
                "type": "response.output_text.delta",
                "output_index": 0,
                "content_index": 0,
                "item_id": "msg_1",
                "delta": part,
                "sequence_number": n + 2,
            }
        )
    text = "".join(text_parts)
    if end == "response.completed":
        message = {
            "type": "message",
            "id": "msg_1",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": text, "annotations": []}],
        }
        events.append(
            {"type": end, "response": {**base, "status": "completed", "output": [message]}}
        )
    return events


async def consume(run: Run, stream: Any) -> list[ResponseEvent]:
    if run.is_async:
        async with stream:
            return [event async for event in stream]
    with stream:
        return list(stream)


async def test_create_replays_docs_sample(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/responses", sample(RESULT))
    result = await run(lambda c: c.responses.create(model="openai/gpt-4o", input="Tell me a joke"))
    assert as_json(result) == sample(RESULT)
    assert output_text(result).startswith("Why did the chicken cross the road?")
    assert mock.last_request.json == {"model": "openai/gpt-4o", "input": "Tell me a joke"}
    assert "stream" not in mock.last_request.json


async def test_failed_response_raises_with_what_the_docs_show(
    run: Run, mock: MockOpenRouter
) -> None:
    mock.reply_json("/responses", sample("responses-error-failed-nonstream.errors-doc.json"))
    with pytest.raises(APIError) as caught:
        await run(lambda c: c.responses.create(model="m", input="hi"))
    assert caught.value.message == "Invalid credentials"
    assert caught.value.error_type == "authentication"


async def test_error_envelope_docs_sample(run: Run, mock: MockOpenRouter) -> None:
    body = sample("responses-error-envelope.responses-error-handling-doc.json")
    mock.reply(replies.json_body(body, status=400), path="/responses")
    with pytest.raises(APIError) as caught:
        await run(lambda c: c.responses.create(model="m", input="hi"))
    assert (caught.value.status_code, caught.value.code) == (400, "invalid_prompt")


async def test_stream_yields_typed_events_and_final_response(
    run: Run, mock: MockOpenRouter
) -> None:
    mock.reply(replies.sse(spec_stream(["Hel", "lo", "!"]), done=False), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="hi", stream=True))
    events = await consume(run, stream)
    assert mock.last_request.json["stream"] is True
    assert mock.last_request.headers["accept"] == "text/event-stream"
    kinds = [e.type for e in events]
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    deltas = [e.delta for e in events if e.type == "response.output_text.delta"]
    assert deltas == ["Hel", "lo", "!"]
    assert events[2].sequence_number == 2 and events[2].item_id == "msg_1"
    assert as_json(events[-1].response)["status"] == "completed"


async def test_events_decode_to_generated_models(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(replies.sse(spec_stream(["Hel", "lo"])), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="hi", stream=True))
    events = await consume(run, stream)
    assert type(events[2].parsed).__name__ == "TextDeltaEvent"
    assert events[2].parsed.delta == "Hel"


async def test_stream_helpers_final_response_and_text(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(replies.sse(spec_stream(["a", "b"])), path="/responses")
    mock.reply(replies.sse(spec_stream(["c", "d"])), path="/responses")
    mock.reply(replies.sse(spec_stream(["e", "f"])), path="/responses")
    first = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    final = await run(lambda c: first.get_final_response())
    assert output_text(final) == "ab"
    assert as_json(final)["status"] == "completed"
    second = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    assert await run(lambda c: second.get_output_text()) == "cd"
    third = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    assert await run.list(third.iter_text()) == ["e", "f"]


async def test_docs_stream_sample_content_part_delta_and_response_done(
    run: Run, mock: MockOpenRouter
) -> None:
    docs_stream = sse_text(sample_text("responses-sse-stream.responses-basic-usage-doc.txt"))
    mock.reply(docs_stream, path="/responses", times=2)
    stream = await run(lambda c: c.responses.create(model="m", input="story", stream=True))
    assert await run.list(stream.iter_text()) == ["Once", " upon", " a", " time"]
    again = await run(lambda c: c.responses.create(model="m", input="story", stream=True))
    final = as_json(await run(lambda c: again.get_final_response()))
    assert final["id"] == "resp_1234567890" and final["status"] == "completed"
    assert final["usage"]["total_tokens"] == 57
    # response.done carries no output: it is assembled from the output item that arrived.
    assert output_text(final).startswith("Once upon a time, in a world where")


async def test_keepalive_comments_are_ignored(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(replies.sse(spec_stream(["ok"]), comments_before=3, done=False), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    assert await run(lambda c: stream.get_output_text()) == "ok"


@pytest.mark.parametrize(
    "error_sample",
    [
        "responses-stream-event-error.errors-doc.json",
        "responses-stream-event-response.error.errors-doc.json",
        "responses-stream-event-response.failed.errors-doc.json",
    ],
)
async def test_error_events_raise_stream_error_with_partial(
    run: Run, mock: MockOpenRouter, error_sample: str
) -> None:
    event = sample(error_sample)
    mock.reply(replies.sse([*spec_stream(["Once", " upon"], end=None), event]), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    received: list[str] = []
    with pytest.raises(StreamError) as caught:
        if run.is_async:
            async for e in stream:
                received.append(e.type)
        else:
            for e in stream:
                received.append(e.type)
    error = caught.value
    assert received[-1] == "response.output_text.delta"
    assert output_text(error.partial) == "Once upon"
    expected = event.get("error") or event["response"]["error"]
    assert error.message == expected["message"]
    assert error.code == expected["code"]


async def test_spec_error_event_with_top_level_code(run: Run, mock: MockOpenRouter) -> None:
    event = {
        "type": "error",
        "code": "rate_limit_exceeded",
        "message": "Rate limit exceeded. Please try again later.",
        "param": None,
        "sequence_number": 2,
    }
    mock.reply(replies.sse([*spec_stream(["Hi"], end=None), event]), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    with pytest.raises(StreamError) as caught:
        await run(lambda c: stream.get_final_response())
    assert caught.value.code == "rate_limit_exceeded"
    assert "Rate limit exceeded" in str(caught.value)
    assert output_text(caught.value.partial) == "Hi"


async def test_error_event_with_a_message_string_raises(run: Run, mock: MockOpenRouter) -> None:
    """Even with ``id`` and ``status`` beside it (the shape of a polled job's own state)."""
    event = {"type": "error", "error": "upstream closed", "id": "resp_1", "status": "failed"}
    mock.reply(replies.sse([*spec_stream(["Hi"], end=None), event]), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    with pytest.raises(StreamError) as caught:
        await run(lambda c: stream.get_final_response())
    assert caught.value.message == "upstream closed"
    assert output_text(caught.value.partial) == "Hi"


async def test_failed_partial_keeps_the_failed_response(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(
        replies.sse(
            [
                *spec_stream(["x"], end=None),
                sample("responses-stream-event-response.failed.errors-doc.json"),
            ]
        ),
        path="/responses",
    )
    stream = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    with pytest.raises(StreamError) as caught:
        await run(lambda c: stream.get_output_text())
    partial = as_json(caught.value.partial)
    assert partial["status"] == "failed"
    assert partial["error"]["code"] == "server_error"


async def test_truncated_stream_raises_with_partial(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(replies.sse(spec_stream(["Once", " upon"], end=None), done=False), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    with pytest.raises(StreamError, match="ended before its final event") as caught:
        await run(lambda c: stream.get_final_response())
    assert output_text(caught.value.partial) == "Once upon"


async def test_done_without_completed_is_a_finished_stream(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(replies.sse(spec_stream(["fine"], end=None), done=True), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    assert await run(lambda c: stream.get_output_text()) == "fine"


async def test_final_response_after_breaking_out_raises(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(replies.sse(spec_stream(["a", "b", "c"])), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    events = run.iter(stream)
    await run.next(events)
    await run(lambda c: events.aclose() if run.is_async else events.close())
    with pytest.raises(StreamError, match="closed before it finished"):
        await run(lambda c: stream.get_final_response())


async def test_spec_stream_event_sample_decodes(run: Run, mock: MockOpenRouter) -> None:
    data = sample("responses-api-stream-event.spec-example.json")["data"]
    mock.reply(replies.sse([data, *spec_stream(["!"])[2:]]), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    events = await consume(run, stream)
    assert events[0].type == "response.output_text.delta"
    assert (events[0].delta, events[0].item_id, events[0].output_index) == ("Hello", "item-1", 0)
    assert json.loads(json.dumps(events[0].data)) == data


async def test_final_response_from_inside_the_event_loop(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(replies.sse(spec_stream(["a", "b", "c"])), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="hi", stream=True))
    seen = 0
    if run.is_async:
        async with stream:
            async for _ in stream:
                seen += 1
                final = await stream.get_final_response()
    else:
        with stream:
            for _ in stream:
                seen += 1
                final = stream.get_final_response()
    assert seen == 1  # the helper read the rest of the same stream
    assert as_json(final)["status"] == "completed"
    assert await run(lambda c: stream.get_output_text()) == "abc"
