"""Folding chunks as they arrive gives, byte for byte, what folding the whole list gave.

The oracle is ``reference_fold`` (the list fold the streams used before they folded as they go).
Compared as JSON text, so key order counts too; snapshots taken mid-way must equal the fold of
the chunks so far and must not change as more chunks arrive (an error's ``partial`` is one).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import given, settings, strategies as st

from openrouter_client._sse import SSEDecoder
from openrouter_client._text import BLOCK
from openrouter_client.resources.chat.accumulate import ChatFold, fold_chunks
from tests.chat import reference_fold
from tests.conftest import SAMPLES
from tests.resources.conftest import sample


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def check(chunks: list[dict[str, Any]], snapshot_at: frozenset[int] = frozenset()) -> None:
    before = copy.deepcopy(chunks)
    fold = ChatFold()
    snapshots = []
    for position, chunk in enumerate(chunks):
        fold.add(chunk)
        if position in snapshot_at:
            taken = fold.result()
            snapshots.append((position, taken, dump(taken)))
    assert dump(fold.result()) == dump(reference_fold.fold_chunks(chunks))
    assert dump(fold_chunks(chunks)) == dump(reference_fold.fold_chunks(chunks))
    for position, taken, text in snapshots:
        assert dump(taken) == text, "a snapshot changed as later chunks arrived"
        assert text == dump(reference_fold.fold_chunks(chunks[: position + 1]))
    assert chunks == before, "folding changed the chunks it was given"


# -- OpenRouter's published chunks -------------------------------------------------------------


def sse_chunks(name: str) -> list[dict[str, Any]]:
    decoder = SSEDecoder()
    events = decoder.feed((SAMPLES / name).read_bytes() + b"\n\n")
    return [e.json() for e in events if e.data != "[DONE]" and e.data.startswith("{")]


def docs_stream() -> list[dict[str, Any]]:
    """The docs' pieces of a chat stream in the order they come (as ``test_stream`` replays)."""
    tool_call = sample("chat-stream-tool-call-delta.spec-example.json")
    return [
        sample("chat-stream-debug-first-chunk.errors-doc.json"),
        sample("chat-stream-chunk.spec-example.json")["data"],
        sample("reasoning-details-stream-delta.reasoning-doc.json"),
        {"choices": [{"index": 0, "delta": {"tool_calls": [tool_call]}}]},
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {}}]}}]},
        {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
        sample("stream-final-usage-chunk.usage-accounting.json"),
    ]


def test_docs_samples_fold_as_the_list_did() -> None:
    chunks = docs_stream()
    check(chunks, frozenset(range(len(chunks))))
    for chunk in chunks:
        check([chunk, chunk])  # a repeated piece: names are not doubled, text is
    for name in sorted(p.name for p in SAMPLES.glob("sse-mid-stream-error*.txt")):
        check(sse_chunks(name) + chunks, frozenset({0}))
    error_chunk = sample("chat-stream-chunk-error-field.spec-example.json")
    check([*chunks[:3], error_chunk.get("data", error_chunk)])


def test_long_stream_crosses_many_blocks() -> None:
    """Thousands of pieces of every kind of text, so the joined blocks are exercised."""
    count = BLOCK * 8 + 3
    chunks: list[dict[str, Any]] = [{"id": "gen-1", "choices": [{"index": 0, "delta": {}}]}]
    for i in range(count):
        delta: dict[str, Any] = {"role": "assistant", "content": f"w{i} "}
        if i % 2:
            delta["reasoning"] = "r"
            delta["tool_calls"] = [{"index": i % 3, "function": {"arguments": f"{i},"}}]
        if i % 3 == 0:
            delta["reasoning_details"] = [{"index": 0, "type": "reasoning.text", "text": "t"}]
            delta["audio"] = {"data": "QUJD", "transcript": "ab"}
        chunks.append({"choices": [{"index": i % 2, "delta": delta}]})
    chunks.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    check(chunks, frozenset({BLOCK - 1, BLOCK, count // 2}))
    content = ChatFold()
    for chunk in chunks:
        content.add(chunk)
    assert content.result()["choices"][0]["message"]["content"].startswith("w0 w2 w4 ")


def test_text_that_is_not_a_string_is_kept_not_a_crash() -> None:
    """The list fold raised TypeError on these (it joined whatever came); now they are kept."""
    fold = ChatFold()
    fold.add({"choices": [{"index": 0, "delta": {"content": "a"}}]})
    fold.add({"choices": [{"index": 0, "delta": {"content": [{"type": "text", "text": "b"}]}}]})
    call = {"index": 0, "function": {"name": "f", "arguments": {"x": 1}}}
    fold.add({"choices": [{"index": 0, "delta": {"tool_calls": [call]}}]})
    message = fold.result()["choices"][0]["message"]
    assert message["content"] == [{"type": "text", "text": "b"}]
    assert message["tool_calls"][0]["function"] == {"name": "f", "arguments": {"x": 1}}


# -- any chunks --------------------------------------------------------------------------------


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


TEXT = st.text(alphabet="ab é😀\n", max_size=4)
NAMES = st.sampled_from(["get_weather", "get_", "weather"])
TOOL_CALL = st.fixed_dictionaries(
    {},
    optional={
        "index": st.integers(0, 2),
        "id": maybe(st.sampled_from(["call_a", "call_b"])),
        "type": maybe(st.just("function")),
        "function": maybe(
            st.fixed_dictionaries({}, optional={"name": maybe(NAMES), "arguments": maybe(TEXT)})
        ),
    },
)
DETAIL = st.fixed_dictionaries(
    {},
    optional={
        "index": maybe(st.integers(0, 2)),
        "type": st.sampled_from(["reasoning.text", "reasoning.summary", "reasoning.encrypted"]),
        "text": maybe(TEXT),
        "summary": maybe(TEXT),
        "data": maybe(TEXT),
        "signature": maybe(TEXT),
        "format": st.sampled_from(["anthropic-claude-v1", "unknown"]),
        "id": maybe(TEXT),
    },
)
AUDIO = st.fixed_dictionaries(
    {},
    optional={
        "id": TEXT,
        "data": maybe(TEXT),
        "transcript": maybe(TEXT),
        "expires_at": st.integers(0, 9),
    },
)
ANNOTATION = st.fixed_dictionaries({"type": st.just("url_citation"), "url": TEXT})
IMAGE = st.fixed_dictionaries({"type": st.just("image_url"), "image_url": st.just({"url": "x"})})
DELTA = st.fixed_dictionaries(
    {},
    optional={
        "role": maybe(st.just("assistant")),
        "content": maybe(TEXT),
        "reasoning": maybe(TEXT),
        "refusal": maybe(TEXT),
        "tool_calls": maybe(st.lists(TOOL_CALL, max_size=2)),
        "reasoning_details": maybe(st.lists(DETAIL, max_size=2)),
        "audio": AUDIO,
        "annotations": st.lists(ANNOTATION, max_size=2),
        "images": st.lists(IMAGE, max_size=1),
        "future_field": maybe(st.integers(0, 3)),
    },
)
TOKEN = st.fixed_dictionaries({"token": TEXT, "logprob": st.floats(-5, 0)})
LOGPROBS = st.fixed_dictionaries(
    {}, optional={"content": maybe(st.lists(TOKEN, max_size=2)), "refusal": maybe(st.lists(TOKEN))}
)
FINISH = st.sampled_from(["stop", "length", "tool_calls", "error"])
CHOICE = st.fixed_dictionaries(
    {},
    optional={
        "index": st.integers(0, 2),
        "delta": DELTA,
        "finish_reason": maybe(FINISH),
        "native_finish_reason": maybe(st.sampled_from(["STOP", "end_turn"])),
        "logprobs": maybe(LOGPROBS),
        "error": maybe(st.fixed_dictionaries({"code": st.just(502), "message": TEXT})),
    },
)
USAGE = st.fixed_dictionaries(
    {}, optional={"prompt_tokens": st.integers(0, 9), "cost": st.floats(0, 1)}
)
CHUNK = st.fixed_dictionaries(
    {},
    optional={
        "id": maybe(st.sampled_from(["gen-1", "gen-2"])),
        "created": maybe(st.integers(0, 9)),
        "model": maybe(st.sampled_from(["openai/gpt-4o", "anthropic/claude"])),
        "provider": maybe(st.sampled_from(["OpenAI", "Anthropic"])),
        "object": st.just("chat.completion.chunk"),
        "system_fingerprint": maybe(TEXT),
        "service_tier": maybe(st.just("default")),
        "openrouter_metadata": maybe(st.fixed_dictionaries({"attempt": st.integers(0, 3)})),
        "choices": st.lists(CHOICE, max_size=3),
        "usage": maybe(USAGE),
    },
)


@settings(max_examples=300, deadline=None)
@given(chunks=st.lists(CHUNK, max_size=12), snapshot_at=st.frozensets(st.integers(0, 11)))
def test_any_chunks_fold_as_the_list_did(
    chunks: list[dict[str, Any]], snapshot_at: frozenset[int]
) -> None:
    check(chunks, snapshot_at)
