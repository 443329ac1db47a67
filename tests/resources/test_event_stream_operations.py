"""``client.api`` operations whose only 2xx answer is an event stream, whatever their path or
tag: typed events with chat's stream rules. The operations come from a spec fragment
(tests/event_streams.py) generated with the codegen pipeline, as a newer spec would add them."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from openrouter_client import NotFoundError, StreamError
from openrouter_client.testing import MockOpenRouter, replies
from tests.event_streams import PACKAGE_NAME, generate, import_package, unload
from tests.resources.conftest import Run

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("json_backend")]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated package of the fragment, imported beside the shipped one."""
    directory = tmp_path_factory.mktemp("event-streams")
    package = import_package(generate(directory), directory)
    try:
        yield package
    finally:
        unload()


def runs(run: Run, generated: ModuleType) -> Any:
    """The fragment's ``runs`` tag bound to the test's client, as ``client.api.runs`` would be."""
    api = importlib.import_module(f"{PACKAGE_NAME}.api")
    cls = api.AsyncApi if run.is_async else api.Api
    return cls(run.client._invoke).runs


async def consume(run: Run, stream: Any) -> list[Any]:
    if run.is_async:
        async with stream:
            return [event async for event in stream]
    with stream:
        return list(stream)


def progress(text: str, status: str = "running") -> dict[str, Any]:
    return {"type": "progress", "text": text, "status": status}


async def test_events_arrive_typed_with_their_sse_fields(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    named = b'event: progress\nid: 7\ndata: {"type": "progress", "text": "lo"}\n\n'
    mock.reply(replies.sse([progress("Hel"), named], comments_before=2), path="/runs/r%2F1/events")
    stream = await run(lambda c: runs(run, generated).stream_run_events("r/1"))
    events = await consume(run, stream)

    request = mock.last_request
    assert (request.method, request.path) == ("GET", "/api/v1/runs/r%2F1/events")
    assert request.headers["accept"] == "text/event-stream"
    event_model = generated.models.StreamRunEventsResponse200
    assert [type(e) for e in events] == [event_model, event_model]
    assert [e.data.text for e in events] == ["Hel", "lo"]
    assert (events[0].event, events[1].event) == (None, "progress")
    assert events[1]["id"] == "7"  # a field the schema does not declare is kept
    assert events[0].to_dict() == {"data": progress("Hel")}
    assert stream.response.is_closed


async def test_an_enum_value_newer_than_the_spec_decodes(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    mock.reply(
        replies.sse([progress("a", "done"), progress("b", "paused")]), path="/runs/r1/events"
    )
    stream = await run(lambda c: runs(run, generated).stream_run_events("r1"))
    done, paused = [event.data.status for event in await consume(run, stream)]
    status = generated.models.StreamRunEventsResponse200DataStatus
    assert done is status.DONE
    assert isinstance(paused, status) and paused == "paused"


async def test_an_error_event_raises_with_the_events_before_it(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    failure = {"error": {"code": 502, "message": "Provider disconnected"}}
    mock.reply(replies.sse([progress("Hel"), failure, progress("never")]), path="/runs/r1/events")
    stream = await run(lambda c: runs(run, generated).stream_run_events("r1"))
    with pytest.raises(StreamError) as caught:
        await consume(run, stream)
    assert "Provider disconnected" in str(caught.value)
    assert [event.data.text for event in caught.value.partial] == ["Hel"]
    assert stream.response.is_closed


async def test_a_named_error_event_raises(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    mock.reply(replies.sse([b"event: error\ndata: quota spent\n\n"]), path="/runs/r1/events")
    stream = await run(lambda c: runs(run, generated).stream_run_events("r1"))
    with pytest.raises(StreamError, match="sent an error event: 'quota spent'"):
        await consume(run, stream)


async def test_a_stream_ending_before_its_sentinel_raises(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    mock.reply(replies.sse([progress("Hel")], done=False), path="/runs/r1/events")
    stream = await run(lambda c: runs(run, generated).stream_run_events("r1"))
    with pytest.raises(StreamError, match="ended before its final event") as caught:
        await consume(run, stream)
    assert [event.data.text for event in caught.value.partial] == ["Hel"]


async def test_a_long_stream_keeps_only_its_last_events_for_the_error(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    from openrouter_client._event_stream import KEPT_EVENTS

    count = KEPT_EVENTS + 5
    sent = [progress(f"e{i}") for i in range(count)]
    mock.reply(replies.sse(sent, done=False), path="/runs/r1/events")
    stream = await run(lambda c: runs(run, generated).stream_run_events("r1"))
    with pytest.raises(StreamError) as caught:
        await consume(run, stream)
    assert f"({count:,} events; the last {KEPT_EVENTS:,} on .partial)" in str(caught.value)
    assert [event.data.text for event in caught.value.partial] == [f"e{i}" for i in range(5, count)]


async def test_without_a_sentinel_the_connection_ends_it_and_text_passes(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    mock.reply(replies.sse([{"line": 1}, "plain text", "[1, 2]"], done=False), path="/runs/r1/log")
    stream = await run(lambda c: runs(run, generated).tail_run_log("r1"))
    events = await consume(run, stream)
    assert events == [{"data": {"line": 1}}, {"data": "plain text"}, {"data": [1, 2]}]


async def test_without_a_sentinel_a_stream_cut_mid_event_still_raises(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    mock.reply(replies.sse([{"line": 1}, b'data: {"li'], done=False), path="/runs/r1/log")
    stream = await run(lambda c: runs(run, generated).tail_run_log("r1"))
    with pytest.raises(StreamError, match="ended before its final event") as caught:
        await consume(run, stream)
    assert caught.value.partial == [{"data": {"line": 1}}]


async def test_an_error_status_raises_at_the_call(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    mock.reply(replies.error(404, "No such run"), path="/runs/r1/events")
    with pytest.raises(NotFoundError, match="No such run"):
        await run(lambda c: runs(run, generated).stream_run_events("r1"))


async def test_leaving_early_closes_the_connection(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    mock.reply(replies.sse([progress("a"), progress("b")]), path="/runs/r1/events")
    stream = await run(lambda c: runs(run, generated).stream_run_events("r1"))
    first = await run.next(run.iter(stream))
    assert first.data.text == "a"
    await run(lambda c: stream.close())
    assert stream.response.is_closed
    assert await run.list(stream) == []


async def test_json_operations_of_the_same_tag_are_unchanged(
    run: Run, mock: MockOpenRouter, generated: ModuleType
) -> None:
    mock.reply_json("/runs/r1", progress("x", "paused"))
    result = await run(lambda c: runs(run, generated).get_run("r1"))
    assert type(result) is generated.models.GetRunResponse
    assert result.text == "x" and result.status == "paused"
