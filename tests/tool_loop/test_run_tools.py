"""``completions.run_tools`` end to end against MockOpenRouter, sync and async: what each
request carries (assistant turns as received, tool results in call order), concurrency of a
turn's calls, failures reported to the model instead of raised, the step limit, and streamed
tool-call fragments assembled exactly."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import pytest

from openrouter_client import ToolLoopLimitError, ToolRun, tool, tool_result, user
from openrouter_client.testing import MockOpenRouter, RecordedRequest
from tests.resources.conftest import sample
from tests.spec_contract import assert_valid_request
from tests.tool_loop.conftest import Run

pytestmark = pytest.mark.anyio

MODEL = "anthropic/claude-sonnet-4"


@tool
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


@tool
def divide(a: float, b: float) -> float:
    """Divide a by b."""
    return a / b


def bodies(mock: MockOpenRouter) -> list[dict[str, Any]]:
    """Every chat request body, each checked against the spec."""
    found = [request.json for request in mock.requests_to("/chat/completions")]
    for body in found:
        assert_valid_request("POST", "/chat/completions", body)
    return found


def completion(message: dict[str, Any], finish_reason: str = "stop") -> dict[str, Any]:
    return {
        "id": "gen-tools-1",
        "object": "chat.completion",
        "created": 1735689600,
        "model": MODEL,
        "provider": "Anthropic",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "native_finish_reason": finish_reason,
                "logprobs": None,
                "message": message,
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


def call(call_id: str, name: str, arguments: Any) -> dict[str, Any]:
    text = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": text}}


async def test_two_steps_tool_results_in_call_order(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_tool_calls(
        [
            {"id": "call_1", "name": "add", "arguments": {"a": 2, "b": 3}},
            {"id": "call_2", "name": "divide", "arguments": {"a": 1, "b": 4}},
        ]
    )
    mock.reply_text("2 + 3 = 5 and 1 / 4 = 0.25")
    outcome = await run(
        lambda c: c.chat.completions.run_tools(
            model=MODEL,
            messages=[user("Compute 2+3 and 1/4")],
            tools=[add, divide],
            temperature=0,
        )
    )
    assert isinstance(outcome, ToolRun)
    assert outcome.content == "2 + 3 = 5 and 1 / 4 = 0.25"
    assert outcome.result.choices[0].finish_reason == "stop"
    first, second = bodies(mock)
    assert first["tools"] == [add.to_param(), divide.to_param()]
    assert first["temperature"] == 0 and second["temperature"] == 0
    assert first["messages"] == [user("Compute 2+3 and 1/4")]
    turn = second["messages"][1]
    assert turn["role"] == "assistant"
    assert [c["id"] for c in turn["tool_calls"]] == ["call_1", "call_2"]
    assert second["messages"][2:] == [tool_result("call_1", "5"), tool_result("call_2", "0.25")]
    assert outcome.messages == [*second["messages"], outcome.messages[-1]]
    assert outcome.messages[-1]["content"] == "2 + 3 = 5 and 1 / 4 = 0.25"
    assert len(outcome.steps) == 2
    records = outcome.steps[0].calls
    assert [(r.name, r.output, r.error) for r in records] == [
        ("add", 5, None),
        ("divide", 0.25, None),
    ]
    assert outcome.steps[1].calls == []


async def test_calls_of_one_turn_run_concurrently(run: Run, mock: MockOpenRouter) -> None:
    # Each tool waits for the other to start: only concurrent execution lets both finish.
    barrier = threading.Barrier(2, timeout=10)

    @tool
    def left() -> str:
        barrier.wait()
        return "L"

    @tool
    def right() -> str:
        barrier.wait()
        return "R"

    mock.reply_tool_calls([{"id": "c1", "name": "left"}, {"id": "c2", "name": "right"}])
    mock.reply_text("done")
    outcome = await run(
        lambda c: c.chat.completions.run_tools(
            model=MODEL, messages=[user("go")], tools=[left, right]
        )
    )
    assert [(r.output, r.error) for r in outcome.steps[0].calls] == [("L", None), ("R", None)]
    assert bodies(mock)[1]["messages"][2:] == [tool_result("c1", "L"), tool_result("c2", "R")]


async def test_sequential_when_not_parallel(run: Run, mock: MockOpenRouter) -> None:
    running: list[str] = []
    overlapped: list[bool] = []
    lock = threading.Lock()

    def work(name: str) -> str:
        with lock:
            overlapped.append(bool(running))
            running.append(name)
        with lock:
            running.remove(name)
        return name

    @tool
    def first() -> str:
        return work("first")

    @tool
    def second() -> str:
        return work("second")

    mock.reply_tool_calls([{"id": "c1", "name": "first"}, {"id": "c2", "name": "second"}])
    mock.reply_text("ok")
    outcome = await run(
        lambda c: c.chat.completions.run_tools(
            model=MODEL, messages=[user("go")], tools=[first, second], parallel=False
        )
    )
    assert overlapped == [False, False]
    assert [r.output for r in outcome.steps[0].calls] == ["first", "second"]


async def test_failures_are_sent_to_the_model(run: Run, mock: MockOpenRouter) -> None:
    @tool
    def explode(reason: str) -> str:
        raise ValueError(f"cannot {reason}")

    mock.reply_tool_calls(
        [
            {"id": "c1", "name": "explode", "arguments": {"reason": "comply"}},
            {"id": "c2", "name": "teleport", "arguments": {}},
            {"id": "c3", "name": "add", "arguments": '{"a": "two", "b": 3}'},
            {"id": "c4", "name": "add", "arguments": "{oops"},
            {"id": "c5", "name": "divide", "arguments": {"a": 1, "b": 0}},
            {"id": "c6", "name": "add", "arguments": {"a": 1, "b": 1}},
        ]
    )
    mock.reply_text("Some tools failed.")
    outcome = await run(
        lambda c: c.chat.completions.run_tools(
            model=MODEL, messages=[user("try")], tools=[explode, add, divide]
        )
    )
    results = {m["tool_call_id"]: m["content"] for m in bodies(mock)[1]["messages"][2:]}
    assert list(results) == ["c1", "c2", "c3", "c4", "c5", "c6"]
    errors = {key: json.loads(value) for key, value in results.items() if key != "c6"}
    assert errors["c1"] == {"error": "ValueError: cannot comply"}
    assert errors["c2"] == {"error": "unknown tool 'teleport'; available: add, divide, explode"}
    assert errors["c3"]["error"].startswith("ToolArgumentsError: add: invalid arguments: a: ")
    assert "expected an integer" in errors["c3"]["error"]
    assert "not valid JSON" in errors["c4"]["error"]
    assert errors["c5"] == {"error": "ZeroDivisionError: float division by zero"}
    assert results["c6"] == "2"
    failed = [r.name for r in outcome.steps[0].calls if r.error is not None]
    assert failed == ["explode", "teleport", "add", "add", "divide"]
    assert outcome.content == "Some tools failed."


async def test_max_steps_raises_with_resumable_run(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_tool_calls([{"name": "add", "arguments": {"a": 1, "b": 1}}], times=3)
    with pytest.raises(ToolLoopLimitError) as caught:
        await run(
            lambda c: c.chat.completions.run_tools(
                model=MODEL, messages=[user("loop")], tools=[add], max_steps=3
            )
        )
    error = caught.value
    assert error.max_steps == 3
    assert "max_steps=3" in str(error) and "add" in str(error)
    sent = bodies(mock)
    assert len(sent) == 3
    messages = error.run.messages
    assert [m["role"] for m in messages] == ["user", *["assistant", "tool"] * 3]
    assert messages[-1] == tool_result(messages[-2]["tool_calls"][0]["id"], "2")
    assert messages[:-2] == sent[-1]["messages"]
    assert len(error.run.steps) == 3
    # the run can continue from where it stopped
    mock.reply_text("finally")
    resumed = await run(
        lambda c: c.chat.completions.run_tools(model=MODEL, messages=messages, tools=[add])
    )
    assert resumed.content == "finally"
    assert bodies(mock)[-1]["messages"] == messages


async def test_reasoning_details_are_sent_back_unchanged(run: Run, mock: MockOpenRouter) -> None:
    details = sample("reasoning-details-nonstream-message.reasoning-doc.json")["choices"][0][
        "message"
    ]["reasoning_details"]
    details.append(sample("reasoning-detail-encrypted.reasoning-doc.json"))
    turn = {
        "role": "assistant",
        "content": "Let me add those.",
        "reasoning": "The user wants a sum.",
        "reasoning_details": details,
        "tool_calls": [call("toolu_01", "add", {"a": 20, "b": 22})],
        "x_vendor_field": {"kept": True},
    }
    answers = iter(
        [completion(turn, "tool_calls"), completion({"role": "assistant", "content": "42"})]
    )

    def handler(request: RecordedRequest) -> dict[str, Any]:
        return next(answers)

    mock.on("/chat/completions", handler)
    outcome = await run(
        lambda c: c.chat.completions.run_tools(
            model=MODEL,
            messages=[user("20 + 22?")],
            tools=[add],
            reasoning={"effort": "high"},
        )
    )
    second = bodies(mock)[1]
    assert second["messages"][1] == turn  # byte-for-byte what the model sent, nothing dropped
    assert second["messages"][2] == tool_result("toolu_01", "42")
    assert second["reasoning"] == {"effort": "high"}
    assert outcome.content == "42"


async def test_async_and_sync_tools_mix(run: Run, mock: MockOpenRouter) -> None:
    @tool
    async def fetch(key: str) -> dict[str, str]:
        """Look a key up."""
        await asyncio.sleep(0)
        return {"key": key, "value": key.upper()}

    mock.reply_tool_calls(
        [
            {"id": "c1", "name": "fetch", "arguments": {"key": "abc"}},
            {"id": "c2", "name": "add", "arguments": {"a": 1, "b": 2}},
        ]
    )
    mock.reply_text("ABC, 3")
    outcome = await run(
        lambda c: c.chat.completions.run_tools(
            model=MODEL, messages=[user("go")], tools=[fetch, add]
        )
    )
    assert fetch.is_async
    assert bodies(mock)[1]["messages"][2:] == [
        tool_result("c1", {"key": "abc", "value": "ABC"}),
        tool_result("c2", "3"),
    ]
    assert outcome.steps[0].calls[0].output == {"key": "abc", "value": "ABC"}


async def test_async_tools_are_awaited_concurrently(mock: MockOpenRouter) -> None:
    ping_started = asyncio.Event()
    pong_started = asyncio.Event()

    @tool
    async def ping() -> str:
        ping_started.set()
        await asyncio.wait_for(pong_started.wait(), 10)
        return "ping"

    @tool
    async def pong() -> str:
        pong_started.set()
        await asyncio.wait_for(ping_started.wait(), 10)
        return "pong"

    mock.reply_tool_calls([{"id": "c1", "name": "ping"}, {"id": "c2", "name": "pong"}])
    mock.reply_text("done")
    async with mock.async_client(max_retries=0) as client:
        outcome = await client.chat.completions.run_tools(
            model=MODEL, messages=[user("go")], tools=[ping, pong]
        )
    assert [(r.output, r.error) for r in outcome.steps[0].calls] == [("ping", None), ("pong", None)]


async def test_plain_functions_and_definition_dicts(run: Run, mock: MockOpenRouter) -> None:
    def shout(text: str) -> str:
        """Upper-case a text."""
        return text.upper()

    server_side = {"type": "openrouter:web_search"}
    remote = tool(name="remote", parameters={"type": "object", "properties": {}})
    mock.reply_tool_calls(
        [{"id": "c1", "name": "shout", "arguments": {"text": "hi"}}, {"id": "c2", "name": "remote"}]
    )
    mock.reply_text("HI")
    await run(
        lambda c: c.chat.completions.run_tools(
            model=MODEL, messages=[user("go")], tools=[shout, server_side, remote]
        )
    )
    first, second = bodies(mock)
    assert first["tools"] == [tool(shout).to_param(), server_side, remote.to_param()]
    assert second["messages"][2] == tool_result("c1", "HI")
    assert json.loads(second["messages"][3]["content"]) == {
        "error": "tool 'remote' has no function on this side to run it"
    }


async def test_bad_loop_arguments(run: Run) -> None:
    with pytest.raises(ValueError, match="max_steps must be a positive integer"):
        await run(
            lambda c: c.chat.completions.run_tools(
                model=MODEL, messages=[user("x")], tools=[add], max_steps=0
            )
        )
    with pytest.raises(ValueError, match="two tools are named 'add'"):
        await run(
            lambda c: c.chat.completions.run_tools(
                model=MODEL, messages=[user("x")], tools=[add, add]
            )
        )
    with pytest.raises(TypeError, match="does not stream"):
        await run(
            lambda c: c.chat.completions.run_tools(
                model=MODEL, messages=[user("x")], tools=[add], stream=True
            )
        )


async def test_streamed_tool_call_fragments_assemble_exactly(
    run: Run, mock: MockOpenRouter
) -> None:
    arguments = {"a": 123456789, "b": -987654321, "note": 'naïve "quotes" \\ 東京 🚀'}
    mock.reply_tool_calls(
        [
            {"id": "call_s1", "name": "add", "arguments": {"a": 1, "b": 2}},
            {"id": "call_s2", "name": "annotate", "arguments": arguments},
        ],
        chunk_size=3,
    )

    async def consume(client: Any) -> Any:
        stream = client.chat.completions.create(
            model=MODEL, messages=[user("go")], tools=[add], stream=True
        )
        if run.is_async:
            stream = await stream
            async with stream:
                return await stream.get_final_completion(), stream.chunk_count
        with stream:
            return stream.get_final_completion(), stream.chunk_count

    final, chunks = await run(consume)
    assert chunks > 20  # the arguments arrived in 3-character fragments
    message = final.choices[0].message
    assert final.choices[0].finish_reason == "tool_calls"
    calls = [c.to_dict() for c in message.tool_calls]
    assert calls == [
        call("call_s1", "add", {"a": 1, "b": 2}),
        call("call_s2", "annotate", json.dumps(arguments, ensure_ascii=False)),
    ]
    assert json.loads(calls[1]["function"]["arguments"]) == arguments
    # the assembled message goes back as the assistant turn, with the results
    mock.reply_text("3")
    await run(
        lambda c: c.chat.completions.create(
            model=MODEL,
            messages=[
                user("go"),
                message,
                tool_result("call_s1", add.invoke(calls[0]["function"]["arguments"])),
                tool_result("call_s2", "noted"),
            ],
            tools=[add],
        )
    )
    sent = bodies(mock)[-1]["messages"]
    assert sent[1] == {"role": "assistant", "content": "", "tool_calls": calls}
