"""Whatever the spec allows a response to be, the client decodes it and loses nothing.

hypothesis + hypothesis-jsonschema generate bodies from the spec's response schemas (``$ref``s
inlined to a depth cap, see ``tests.contract.schemas.inline``); each is decoded with the generated
model, every field is read (recursively, so nested models, enums and dates decode too), each read
field re-encodes to what was received, and ``to_dict()`` gives back the input exactly.

The docs samples not replayed elsewhere (stream chunks, reasoning details, usage) go through the
facade here.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from openrouter_api.types import LazyModel, encode

from openrouter_client.testing import MockOpenRouter, replies
from tests.contract._hypothesis_compat import install
from tests.contract.schemas import errors, inline, pointer
from tests.generated.test_docs_samples import strip_jsonc
from tests.resources.conftest import Run, sample
from tests.spec_contract import request_errors, response_errors

install()

SETTINGS = settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)


def _schema(name: str) -> str:
    return pointer("components", "schemas", name)


# name -> (schema pointer, generated model, inlining depth). The stream entries are what the
# facade decodes per event: ``ChatStreamChunk`` per chat chunk, ``ResponsesStreamingResponse``
# around each Responses event (its ``data`` is the union of every event type).
TARGETS: dict[str, tuple[str, str, int]] = {
    "chat": (_schema("ChatResult"), "ChatResult", 5),
    "chat-stream-chunk": (_schema("ChatStreamChunk"), "ChatStreamChunk", 5),
    "responses": (_schema("OpenResponsesResult"), "OpenResponsesResult", 5),
    "responses-stream-event": (
        _schema("ResponsesStreamingResponse"),
        "ResponsesStreamingResponse",
        4,
    ),
    "models-list": (_schema("ModelsListResponse"), "ModelsListResponse", 6),
    "generation": (_schema("GenerationResponse"), "GenerationResponse", 6),
    "credits": (_schema("GetCreditsResponse"), "GetCreditsResponse", 6),
    "key": (_schema("GetCurrentKeyResponse"), "GetCurrentKeyResponse", 6),
    "embeddings": (_schema("CreateEmbeddingsResponse"), "CreateEmbeddingsResponse", 6),
}


@cache
def strategy(name: str) -> st.SearchStrategy[Any]:
    from hypothesis_jsonschema import from_schema

    ptr, _, depth = TARGETS[name]
    return from_schema(inline(ptr, depth))


def model(name: str) -> type[LazyModel]:
    import openrouter_api.models as models

    found: type[LazyModel] = getattr(models, TARGETS[name][1])
    return found


def _parse_date(kind: type[datetime.date], text: str) -> datetime.date:
    return kind.fromisoformat(text)


def walk(value: Any, raw: Any, path: str) -> int:
    """Read every field of a decoded value against the JSON it came from; the fields read."""
    if isinstance(value, LazyModel):
        assert isinstance(raw, Mapping), f"{path}: a model from {type(raw).__name__}"
        repr(value)
        read = 0
        known = set()
        for py_name, key in type(value)._fields_:
            known.add(key)
            item = getattr(value, py_name)
            if key not in raw:
                assert item is None, f"{path}.{key}: absent, read as {item!r}"
                assert not value.has(py_name), f"{path}.{key}: absent, yet has() says present"
                continue
            assert value.has(py_name), f"{path}.{key}: present, yet has() says absent"
            read += 1 + walk(item, raw[key], f"{path}.{key}")
            if isinstance(item, datetime.date) and isinstance(raw[key], str):
                # Dates re-encode in isoformat ("+00:00" for "Z"): the same instant is enough.
                assert item == _parse_date(type(item), raw[key]), f"{path}.{key}: another date"
            else:
                assert encode(item) == raw[key], f"{path}.{key}: re-encodes differently"
        extra = getattr(value, "additional_properties", {})
        for key in set(raw) - known:
            assert key in extra, f"{path}.{key}: unknown field dropped"
            assert encode(extra[key]) == raw[key], f"{path}.{key}: unknown field changed"
        return read
    if isinstance(value, list):
        assert isinstance(raw, list) and len(raw) == len(value), path
        return sum(
            walk(v, r, f"{path}[{i}]") for i, (v, r) in enumerate(zip(value, raw, strict=True))
        )
    if isinstance(value, dict):
        assert isinstance(raw, Mapping) and set(raw) == set(value), path
        return sum(walk(value[k], raw[k], f"{path}.{k}") for k in value)
    return 0


@pytest.mark.parametrize("name", list(TARGETS))
def test_every_body_the_spec_allows_decodes_without_loss(name: str) -> None:
    cls = model(name)
    ptr = TARGETS[name][0]
    seen: list[int] = []

    @SETTINGS
    @given(st.data())
    def check(data: st.DataObject) -> None:
        body = data.draw(strategy(name))
        assert not errors(ptr, body), errors(ptr, body)  # the inlined schema kept the spec's rules
        original = json.loads(json.dumps(body))
        decoded = cls.from_dict(body)
        seen.append(walk(decoded, original, name))
        assert decoded.to_dict() == original
        assert json.loads(json.dumps(decoded.to_dict())) == original
        assert body == original, "decoding changed the input"

    check()
    assert max(seen) > 0  # the generator reached fields: the walk is not vacuous


def test_the_walk_catches_a_field_that_re_encodes_differently() -> None:
    from openrouter_api.models import GetCreditsResponse

    decoded = GetCreditsResponse.from_dict({"data": {"total_credits": 1.5, "total_usage": 0.5}})
    with pytest.raises(AssertionError, match=r"data\.total_usage"):
        walk(decoded, {"data": {"total_credits": 1.5, "total_usage": 0.25}}, "")


# -- docs samples not replayed elsewhere --------------------------------------------------------


def _sse(*events: Any) -> Any:
    return replies.sse(list(events))


CHAT_CHUNKS = [
    "chat-stream-chunk.spec-example.json",
    "chat-stream-debug-first-chunk.errors-doc.json",
    "reasoning-details-stream-delta.reasoning-doc.json",
    "stream-final-usage-chunk.usage-accounting.json",
]


def _chunk(name: str) -> Any:
    data = sample(name)
    return data["data"] if set(data) == {"data"} else data


@pytest.mark.anyio
async def test_docs_chat_stream_chunks_decode_through_the_stream(
    run: Run, mock: MockOpenRouter
) -> None:
    chunks = [_chunk(name) for name in CHAT_CHUNKS]
    mock.reply(_sse(*chunks), path="/chat/completions")
    stream = await run(
        lambda c: c.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "Hi"}], stream=True
        )
    )
    got = await run.list(stream)
    assert [chunk.to_dict() for chunk in got] == chunks
    for chunk, raw in zip(got, chunks, strict=True):
        walk(chunk, raw, "chunk")
    assert got[1].debug.echo_upstream_body["model"] == "claude-haiku-4-5-20251001"
    reasoning = got[2].choices[0].delta.reasoning_details[0]
    assert (type(reasoning).__name__, reasoning.text) == (
        "ReasoningDetailText",
        chunks[2]["choices"][0]["delta"]["reasoning_details"][0]["text"],
    )
    assert got[3].usage.cost == 0.95


@pytest.mark.anyio
async def test_docs_tool_call_delta_decodes_inside_a_chunk(run: Run, mock: MockOpenRouter) -> None:
    delta = sample("chat-stream-tool-call-delta.spec-example.json")
    chunk = {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"role": "assistant", "tool_calls": [delta]}}],
    }
    assert not response_errors(
        "POST", "/chat/completions", 200, {"data": chunk}, "text/event-stream"
    )
    mock.reply(_sse(chunk), path="/chat/completions")
    stream = await run(
        lambda c: c.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "Hi"}], stream=True
        )
    )
    [got] = await run.list(stream)
    call = got.choices[0].delta.tool_calls[0]
    assert (call.id, call.function.name) == ("call_abc123", "get_weather")
    assert got.to_dict() == chunk


@pytest.mark.anyio
async def test_docs_reasoning_details_message_decodes(run: Run, mock: MockOpenRouter) -> None:
    partial = sample("reasoning-details-nonstream-message.reasoning-doc.json")
    body = {"id": "gen-1", "object": "chat.completion", "created": 1, "model": "m", **partial}
    for choice in body["choices"]:
        choice.setdefault("index", 0)
        choice.setdefault("finish_reason", "stop")
    mock.reply(replies.json_body(body), path="/chat/completions")
    result = await run(
        lambda c: c.chat.completions.create(model="m", messages=[{"role": "user", "content": "Hi"}])
    )
    walk(result, body, "result")
    details = result.choices[0].message.reasoning_details
    assert [d.to_dict()["type"] for d in details] == [
        d["type"] for d in partial["choices"][0]["message"]["reasoning_details"]
    ]
    assert result.to_dict() == body

    names = ["text", "summary", "encrypted"]
    details = [sample(f"reasoning-detail-{name}.reasoning-doc.json") for name in names]
    body["choices"][0]["message"]["reasoning_details"] = details
    mock.reply(replies.json_body(body), path="/chat/completions")
    result = await run(
        lambda c: c.chat.completions.create(model="m", messages=[{"role": "user", "content": "Hi"}])
    )
    walk(result, body, "result")
    assert [type(d).__name__ for d in result.choices[0].message.reasoning_details] == [
        f"ReasoningDetail{name.title()}" for name in names
    ]
    assert result.to_dict() == body


@pytest.mark.anyio
async def test_docs_responses_debug_event_decodes(run: Run, mock: MockOpenRouter) -> None:
    debug = sample("responses-stream-debug-event.errors-doc.json")
    mock.reply(_sse(debug), path="/responses")
    stream = await run(lambda c: c.responses.create(model="m", input="x", stream=True))
    events = await run.list(stream)
    assert events[0].type == "response.debug"
    assert events[0].data == debug
    parsed = events[0].parsed
    walk(parsed, debug, "event")
    assert parsed.to_dict() == debug


def test_docs_single_objects_decode_with_their_models() -> None:
    from openrouter_api.models import ChatUsage, Model

    usage = sample("chat-usage.spec-example.json")
    walk(ChatUsage.from_dict(usage), usage, "usage")
    assert ChatUsage.from_dict(usage).to_dict() == usage

    entry = sample("models-entry-reasoning-object.reasoning-doc.json")
    decoded = Model.from_dict(entry)
    walk(decoded, entry, "model")
    assert decoded.to_dict() == entry


@pytest.mark.anyio
async def test_docs_reasoning_request_param_is_sent_and_the_spec_accepts_it(
    run: Run, mock: MockOpenRouter
) -> None:
    from tests.conftest import SAMPLES

    text = (SAMPLES / "reasoning-request-param.reasoning-doc.jsonc").read_text(encoding="utf-8")
    body = json.loads(strip_jsonc(text))
    body["messages"] = [{"role": "user", "content": "Hi"}]  # the sample elides them
    await run(lambda c: c.chat.completions.create(**body))
    assert mock.last_request.json == body
    assert not request_errors("POST", "/chat/completions", mock.last_request.json)
