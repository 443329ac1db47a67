"""SSE as it really arrives: reads split anywhere (inside a UTF-8 character, between CR and LF),
any line ending, multi-line data, keep-alive comments, a 5 MB line, and the error events
OpenRouter sends once a stream has started."""

from __future__ import annotations

import base64
import json
import os
from typing import Any

import pytest

from openrouter_client import StreamError
from openrouter_client.testing import MockOpenRouter, Response, Send, Sleep, faults, replies
from openrouter_client.testing._wire import KEEPALIVE_COMMENT, sse_headers
from tests.faults.conftest import CHAT, Run, ask, collect, text_of

# Each test runs with orjson and with the standard library json (tests/conftest.py).
pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("json_backend")]


def chunk(content: str, finish: str | None = None, **more: Any) -> dict[str, Any]:
    delta = {"role": "assistant", "content": content, **more}
    return {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "provider": "OpenAI",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def encoded(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def stream_of(pieces: list[bytes], pause: float = 0.02) -> Response:
    """Each piece its own send, ``pause`` apart, so the client's reads split between them."""
    steps: list[Any] = []
    for piece in pieces:
        if steps:
            steps.append(Sleep(pause))
        steps.append(Send(piece))
    return Response(200, sse_headers(), steps, framing="chunked")


async def streamed_text(run: Run) -> str:
    stream = await ask(run, stream=True)
    return text_of(await collect(run, stream))


# -- reads split anywhere ------------------------------------------------------------------


async def test_event_split_inside_a_utf8_character(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(faults.split_utf8("Grüße aus Köln 👋"))
    assert await streamed_text(run) == "Grüße aus Köln 👋"


@pytest.mark.parametrize("char", ["é", "€", "👋"], ids=["2-byte", "3-byte", "4-byte"])
async def test_every_cut_inside_a_character_decodes(
    run: Run, mock: MockOpenRouter, char: str
) -> None:
    event = b"data: " + encoded(chunk(f"a{char}b")) + b"\n\n"
    start = event.index(char.encode())
    width = len(char.encode())
    # One read per byte of the character: every possible cut at once.
    pieces = [event[: start + 1]]
    pieces += [event[start + i : start + i + 1] for i in range(1, width)]
    pieces.append(event[start + width :])
    done = [b"data: " + encoded(chunk("", finish="stop")) + b"\n\n", b"data: [DONE]\n\n"]
    mock.reply(stream_of(pieces + done))
    assert await streamed_text(run) == f"a{char}b"


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
async def test_any_line_ending(run: Run, mock: MockOpenRouter, ending: bytes) -> None:
    events = [
        b": OPENROUTER PROCESSING",
        b"data: " + encoded(chunk("Line")),
        b"data: " + encoded(chunk(" endings")),
        b"data: " + encoded(chunk("", finish="stop")),
        b"data: [DONE]",
    ]
    mock.reply(stream_of([e + ending + ending for e in events]))
    assert await streamed_text(run) == "Line endings"


async def test_mixed_endings_and_a_crlf_split_between_reads(run: Run, mock: MockOpenRouter) -> None:
    first = b"data: " + encoded(chunk("Mixed"))
    second = b"data: " + encoded(chunk(" up"))
    pieces = [
        first + b"\r",  # the CR ends this read...
        b"\n\r",  # ...its LF starts the next: one line end, then the CR blank line
        b"\n" + second + b"\n\r\n",
        b"data: " + encoded(chunk("", finish="stop")) + b"\r\r",
        b"data: [DONE]\n\n",
    ]
    mock.reply(stream_of(pieces))
    stream = await ask(run, stream=True)
    chunks = await collect(run, stream)
    assert text_of(chunks) == "Mixed up"
    assert len(chunks) == 3  # no empty event was made up from the split CRLF


async def test_multi_line_data_is_joined_with_newlines(run: Run, mock: MockOpenRouter) -> None:
    pretty = json.dumps(chunk("Pretty printed"), indent=2).encode()
    event = b"".join(b"data: " + line + b"\n" for line in pretty.split(b"\n")) + b"\n"
    assert event.count(b"data: ") > 5
    done = [b"data: " + encoded(chunk("", finish="stop")) + b"\n\n", b"data: [DONE]\n\n"]
    mock.reply(stream_of([event, *done]))
    assert await streamed_text(run) == "Pretty printed"


async def test_dozens_of_processing_comments_before_and_between_events(
    run: Run, mock: MockOpenRouter
) -> None:
    events: list[Any] = [KEEPALIVE_COMMENT] * 40
    events += [chunk("Slow"), KEEPALIVE_COMMENT, KEEPALIVE_COMMENT, chunk(" start")]
    events.append(chunk("", finish="stop"))
    mock.reply(replies.sse(events))
    stream = await ask(run, stream=True)
    chunks = await collect(run, stream)
    assert text_of(chunks) == "Slow start"
    assert len(chunks) == 3


async def test_a_5_mb_data_line_arrives_intact(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(faults.huge_line(5 * 1024 * 1024, char="ab"))
    stream = await ask(run, stream=True)
    chunks = await collect(run, stream)
    text = text_of(chunks)
    assert len(text) == 5 * 1024 * 1024 and text == "ab" * (len(text) // 2)


async def test_a_5_mb_base64_image_arrives_intact(run: Run, mock: MockOpenRouter) -> None:
    image = base64.b64encode(os.urandom(3_900_000)).decode()  # about 5.2 MB of base64
    url = f"data:image/png;base64,{image}"
    images = [{"type": "image_url", "image_url": {"url": url}}]
    events = [chunk("Here it is", images=images), chunk("", finish="stop")]
    mock.reply(replies.sse(events))
    stream = await ask(run, stream=True)
    if run.is_async:
        async with stream:
            final = await stream.get_final_completion()
    else:
        with stream:
            final = stream.get_final_completion()
    message = final.to_dict()["choices"][0]["message"]
    assert message["content"] == "Here it is"
    assert message["images"][0]["image_url"]["url"] == url


# -- error events after the stream started ---------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "code", "status"),
    [
        ("docs", 429, 429),
        ("docs", "server_error", None),
        ("top_level", 502, 502),
        ("top_level", "server_error", None),
        ("choice", "server_error", None),
        ("choice", 503, 503),
    ],
)
async def test_mid_stream_error_event(
    run: Run, mock: MockOpenRouter, shape: Any, code: int | str, status: int | None
) -> None:
    mock.reply(
        replies.stream_error(
            "Before the error",
            code=code,
            message="Provider went away",
            shape=shape,
            provider="Anthropic",
            chunk_size=4,
        )
    )
    mock.reply_text("not fetched")
    stream = await ask(run, stream=True)
    received: list[Any] = []
    with pytest.raises(StreamError) as caught:
        if run.is_async:
            async with stream:
                async for item in stream:
                    received.append(item)
        else:
            with stream:
                for item in stream:
                    received.append(item)
    error = caught.value
    assert error.code == code
    assert error.status_code == status
    assert error.message == "Provider went away"
    assert error.provider_name == "Anthropic"
    assert "Provider went away" in str(error) and "Anthropic" in str(error)
    assert text_of(received) == "Before the error"
    assert error.partial.choices[0].message.content == "Before the error"
    assert error.headers.get("content-type") == "text/event-stream"
    assert len(mock.requests_to(CHAT)) == 1  # never retried once content arrived


async def test_errored_choice_without_details_still_raises(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(replies.sse([chunk("So far"), chunk("", finish="error")]))
    stream = await ask(run, stream=True)
    with pytest.raises(StreamError) as caught:
        await collect(run, stream)
    assert "finish_reason 'error'" in str(caught.value)
    assert caught.value.partial.choices[0].message.content == "So far"


async def test_an_event_that_is_not_json_raises_with_what_arrived(
    run: Run, mock: MockOpenRouter
) -> None:
    mock.reply(replies.sse([chunk("Fine"), "{not json"]))
    stream = await ask(run, stream=True)
    with pytest.raises(StreamError) as caught:
        await collect(run, stream)
    assert "not JSON" in str(caught.value) and "{not json" in str(caught.value)
    assert caught.value.partial.choices[0].message.content == "Fine"
