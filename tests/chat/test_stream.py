"""Streamed chat completions that go well: chunks as they come, the text, the assembled final
completion (content, tool calls from fragments, reasoning, usage), keep-alive comments, and
connections closed when the caller leaves early. Sync and async over a real socket."""

from __future__ import annotations

import json
from typing import Any

import pytest

from openrouter_client import StreamError, user
from openrouter_client.testing import MockOpenRouter, replies
from tests.chat.conftest import MODEL, opened
from tests.resources.conftest import Run, sample, sample_text

# Each test runs with orjson and with the standard library json (tests/conftest.py).
pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("json_backend")]

TEXT = "The quick brown fox jumps over the lazy dog."


async def final(run: Run, stream: Any) -> Any:
    return await run(lambda _: stream.get_final_completion())


async def test_chunks_arrive_in_order_and_add_up(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_text(TEXT, usage={"cost": 0.5})
    async with opened(run) as stream:
        chunks = await run.list(stream)
    pieces = [c.choices[0].delta.content for c in chunks if c.choices]
    assert "".join(p for p in pieces if p) == TEXT
    assert len([p for p in pieces if p]) == len(TEXT.split())  # one chunk per word
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == []  # the usage chunk comes after the finish chunk
    assert chunks[-1].usage.cost == 0.5
    assert stream.usage.cost == 0.5
    assert stream.chunk_count == len(chunks)
    with pytest.raises(AttributeError, match="keep_chunks=True"):
        stream.chunks  # noqa: B018  (kept only when asked for)
    completion = await final(run, stream)  # after the loop: nothing left to read
    assert completion.choices[0].message.content == TEXT


async def test_iter_text(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_text(TEXT, reasoning="thinking first", chunk_size=5)
    async with opened(run) as stream:
        pieces = await run.list(stream.iter_text())
        assert "".join(pieces) == TEXT  # reasoning is not content
        assert all(pieces)  # empty deltas are skipped
        completion = await final(run, stream)
    assert completion.choices[0].message.content == TEXT
    assert completion.choices[0].message.reasoning == "thinking first"


async def test_final_completion_without_iterating(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_text(TEXT, reasoning="Let me think.", usage={"cost": 0.125})
    async with opened(run) as stream:
        assert stream.headers["x-generation-id"].startswith("gen-")  # before any chunk
        assert stream.usage is None
        completion = await final(run, stream)
    message = completion.choices[0].message
    assert message.content == TEXT
    assert message.reasoning == "Let me think."
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.cost == 0.125
    assert completion.model == MODEL
    assert completion.id == stream.headers["x-generation-id"]


async def test_same_answer_streamed_or_not(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_text(TEXT, reasoning="Hmm.", usage={"cost": 0.5, "prompt_tokens": 3})
    mock.reply_text(TEXT, reasoning="Hmm.", usage={"cost": 0.5, "prompt_tokens": 3})
    whole = await run(lambda c: c.chat.completions.create(model=MODEL, messages=[user("Hi")]))
    async with opened(run, messages=[user("Hi")]) as stream:
        streamed = await final(run, stream)
    for result in (whole, streamed):
        assert result.choices[0].message.content == TEXT
        assert result.choices[0].message.reasoning == "Hmm."
        assert result.choices[0].finish_reason == "stop"
    assert streamed.usage.to_dict() == whole.usage.to_dict()


async def test_tool_calls_assembled_from_fragments(run: Run, mock: MockOpenRouter) -> None:
    weather = {"city": "Reykjavík", "unit": "celsius", "days": [1, 2, 3]}
    mock.reply_tool_calls(
        [
            {"id": "call_a", "name": "get_weather", "arguments": weather},
            {"id": "call_b", "name": "get_time", "arguments": {"tz": "Atlantic/Reykjavik"}},
        ],
        chunk_size=4,
    )
    async with opened(run) as stream:
        chunks = await run.list(stream)
        completion = await final(run, stream)
    fragments = [
        call.function.arguments
        for c in chunks
        if c.choices and c.choices[0].delta.tool_calls
        for call in c.choices[0].delta.tool_calls
    ]
    assert len(fragments) > 10  # really streamed in pieces
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    calls = choice.message.tool_calls
    assert [(c.id, c.to_dict()["type"], c.function.name) for c in calls] == [
        ("call_a", "function", "get_weather"),
        ("call_b", "function", "get_time"),
    ]
    assert json.loads(calls[0].function.arguments) == weather
    assert json.loads(calls[1].function.arguments) == {"tz": "Atlantic/Reykjavik"}


async def test_docs_samples_replayed_as_one_stream(run: Run, mock: MockOpenRouter) -> None:
    """OpenRouter's published pieces of a stream, in the order they come: keep-alive comment,
    debug chunk with ``choices: []``, a content chunk, a reasoning_details delta, a tool-call
    delta, the finish chunk, the usage chunk (no choices at all), ``[DONE]``."""
    comment = sample_text("sse-comment-keepalive.txt").strip().encode() + b"\n\n"
    tool_call = sample("chat-stream-tool-call-delta.spec-example.json")
    reasoning = sample("reasoning-details-stream-delta.reasoning-doc.json")
    events = [
        comment,
        sample("chat-stream-debug-first-chunk.errors-doc.json"),
        sample("chat-stream-chunk.spec-example.json")["data"],
        reasoning,
        {"choices": [{"index": 0, "delta": {"tool_calls": [tool_call]}}]},
        {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
        sample("stream-final-usage-chunk.usage-accounting.json"),
    ]
    mock.reply(replies.sse(events))
    async with opened(run) as stream:
        chunks = await run.list(stream)
        completion = await final(run, stream)
    assert [c.to_dict() for c in chunks] == [e for e in events if isinstance(e, dict)]
    message = completion.choices[0].message
    assert message.content == "Hello"
    assert (
        message.reasoning_details[0].to_dict()
        == (reasoning["choices"][0]["delta"]["reasoning_details"][0])
    )
    call = message.tool_calls[0]
    assert (call.id, call.function.name) == ("call_abc123", "get_weather")
    assert call.function.arguments == tool_call["function"]["arguments"]
    assert completion.choices[0].finish_reason == "tool_calls"
    assert completion.usage.cost == 0.95
    assert completion.usage.prompt_tokens_details.cache_write_tokens == 100
    assert stream.usage.cost == 0.95


async def test_reasoning_details_fragments_merge_by_index(run: Run, mock: MockOpenRouter) -> None:
    def detail(index: int, **fields: Any) -> dict[str, Any]:
        delta = {"reasoning_details": [{"index": index, **fields}]}
        return {"choices": [{"index": 0, "delta": delta}]}

    events = [
        detail(0, type="reasoning.text", text="Step one, ", format="anthropic-claude-v1"),
        detail(0, text="step two."),
        detail(0, signature="sig-abc"),
        detail(1, type="reasoning.encrypted", data="eyJ", id="enc-1"),
        detail(1, data="hbGc="),
        {"choices": [{"index": 0, "delta": {"content": "Done."}, "finish_reason": "stop"}]},
    ]
    mock.reply(replies.sse(events))
    async with opened(run) as stream:
        completion = await final(run, stream)
    details = [d.to_dict() for d in completion.choices[0].message.reasoning_details]
    assert details == [
        {
            "index": 0,
            "type": "reasoning.text",
            "text": "Step one, step two.",
            "format": "anthropic-claude-v1",
            "signature": "sig-abc",
        },
        {"index": 1, "type": "reasoning.encrypted", "data": "eyJhbGc=", "id": "enc-1"},
    ]


async def test_comments_before_the_first_event_are_ignored(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_text(TEXT, comments_before=3)
    async with opened(run) as stream:
        chunks = await run.list(stream)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == TEXT
    assert all(c.id.startswith("gen-") for c in chunks)


async def test_final_completion_called_before_the_end(run: Run, mock: MockOpenRouter) -> None:
    """Part of the stream read in a loop, then ``get_final_completion()`` reads the rest."""
    mock.reply_text(TEXT, usage={"cost": 0.5})
    async with opened(run) as stream:
        iterator = run.iter(stream)
        first = await run.next(iterator)
        second = await run.next(iterator)
        assert first.choices[0].delta.content == "The"
        assert second.choices[0].delta.content == " quick"
        completion = await final(run, stream)
        assert completion.choices[0].message.content == TEXT
        assert completion.usage.cost == 0.5
        assert await run.list(iterator) == []  # the earlier loop has nothing left either


async def test_final_completion_inside_the_loop(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_text(TEXT)
    seen = 0
    async with opened(run) as stream:
        if run.is_async:
            async for _ in stream:
                seen += 1
                completion = await stream.get_final_completion()
        else:
            for _ in stream:
                seen += 1
                completion = stream.get_final_completion()
    assert seen == 1  # the rest was read by get_final_completion()
    assert completion.choices[0].message.content == TEXT


async def test_leaving_the_with_block_early_closes_the_connection(
    run: Run, mock: MockOpenRouter
) -> None:
    long_text = " ".join(f"word{i}" for i in range(2000))
    mock.reply_text(long_text)
    async with opened(run) as stream:
        first = await run.next(run.iter(stream))
        assert first.choices[0].delta.content == "word0"
    assert mock.wait_for_connections(0), f"{mock.open_connections} connection(s) left open"
    with pytest.raises(StreamError, match="closed before it finished") as caught:
        await final(run, stream)
    assert caught.value.partial.choices[0].message.content.startswith("word0")


def test_break_closes_the_connection(mock: MockOpenRouter) -> None:
    """A plain ``for ... break`` (no ``with``) releases the connection at once (sync only:
    an abandoned ``async for`` is closed when the event loop finalizes it, so use
    ``async with``, as the test above does)."""
    long_text = " ".join(f"word{i}" for i in range(2000))
    mock.reply_text(long_text)
    with mock.client() as client:
        stream = client.chat.completions.create(model=MODEL, messages=[user("Hi")], stream=True)
        for _ in stream:
            break
        assert mock.wait_for_connections(0), f"{mock.open_connections} connection(s) left open"
        with pytest.raises(StreamError, match="closed before it finished"):
            stream.get_final_completion()
        mock.reply_text(long_text)
        stream = client.chat.completions.create(model=MODEL, messages=[user("Hi")], stream=True)
        for _ in stream.iter_text():
            break
        assert mock.wait_for_connections(0), f"{mock.open_connections} connection(s) left open"


async def test_close_is_idempotent_and_a_finished_stream_stays_finished(
    run: Run, mock: MockOpenRouter
) -> None:
    mock.reply_text(TEXT)
    async with opened(run) as stream:
        completion = await final(run, stream)
        await run(lambda _: stream.close())
        await run(lambda _: stream.close())
        again = await final(run, stream)  # nothing lost by closing after the end
    assert again.to_dict() == completion.to_dict()
    assert await run.list(stream) == []


async def test_several_choices_are_assembled_apart(run: Run, mock: MockOpenRouter) -> None:
    def delta(index: int, content: str, finish: str | None = None) -> dict[str, Any]:
        choice = {"index": index, "delta": {"role": "assistant", "content": content}}
        return {"id": "gen-n2", "choices": [{**choice, "finish_reason": finish}]}

    events = [
        delta(0, "Red"),
        delta(1, "Blue"),
        delta(1, " sky", "stop"),
        delta(0, " rose", "length"),
        {"id": "gen-n2", "choices": [], "usage": {"prompt_tokens": 1, "cost": 0.01}},
    ]
    mock.reply(replies.sse(events))
    mock.extra_fields = frozenset({"n"})  # not in the spec; sent through extra_body
    async with opened(run, extra_body={"n": 2}) as stream:
        completion = await final(run, stream)
    assert [(c.index, c.message.content, c.finish_reason) for c in completion.choices] == [
        (0, "Red rose", "length"),
        (1, "Blue sky", "stop"),
    ]
    assert completion.usage.cost == 0.01


async def test_a_streamed_answer_goes_back_into_the_conversation(
    run: Run, mock: MockOpenRouter
) -> None:
    """The assembled message (reasoning details and tool calls merged from fragments) is sent
    back as it was assembled, and is a valid assistant message for the spec."""
    from tests.spec_contract import assert_valid_request

    def delta(**fields: Any) -> dict[str, Any]:
        return {"id": "gen-rt", "choices": [{"index": 0, "delta": fields}]}

    events = [
        delta(
            role="assistant",
            reasoning_details=[
                {
                    "type": "reasoning.text",
                    "text": "Need ",
                    "format": "anthropic-claude-v1",
                    "index": 0,
                }
            ],
        ),
        delta(reasoning_details=[{"type": "reasoning.text", "text": "weather.", "index": 0}]),
        delta(reasoning_details=[{"type": "reasoning.text", "signature": "sig", "index": 0}]),
        delta(
            tool_calls=[
                {
                    "index": 0,
                    "id": "call_r",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": ""},
                }
            ]
        ),
        delta(tool_calls=[{"index": 0, "function": {"arguments": '{"city":'}}]),
        delta(tool_calls=[{"index": 0, "function": {"arguments": '"Rome"}'}}]),
        {"id": "gen-rt", "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
    ]
    mock.reply(replies.sse(events))
    async with opened(run) as stream:
        message = (await final(run, stream)).choices[0].message
    conversation = [{"role": "user", "content": "Weather in Rome?"}, message]
    conversation.append({"role": "tool", "tool_call_id": "call_r", "content": "21 C"})
    await run(lambda c: c.chat.completions.create(model=MODEL, messages=conversation))
    sent = mock.last_request.json["messages"][1]
    assert sent["reasoning_details"] == [
        {
            "type": "reasoning.text",
            "text": "Need weather.",
            "format": "anthropic-claude-v1",
            "index": 0,
            "signature": "sig",
        }
    ]
    assert sent["tool_calls"] == [
        {
            "id": "call_r",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city":"Rome"}'},
        }
    ]
    assert sent == message.to_dict()
    assert_valid_request("POST", "/chat/completions", mock.last_request.json)


async def test_finished_streams_give_their_connection_back_to_the_pool(
    run: Run, mock: MockOpenRouter
) -> None:
    for _ in range(5):
        mock.reply_text(TEXT)
        async with opened(run) as stream:
            await run.list(stream)
    connections = {request.connection_id for request in mock.requests}
    assert len(connections) == 1, f"5 streams used {len(connections)} connections"
