"""Binary bodies (speech audio, file and video content) stream to a file or an iterator as they
arrive, never held whole; a body that breaks off raises instead of leaving a short file."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from openrouter_client import APIError, AsyncBinaryResponse, BinaryResponse, StreamError
from openrouter_client.testing import MockOpenRouter, replies
from openrouter_client.testing._script import Close, Response, Send, Sleep
from tests.resources.conftest import Run

pytestmark = pytest.mark.anyio

CHUNK = bytes(range(256)) * 256  # 64 KiB


def audio(parts: int, *, pause: float = 0.0, content_type: str = "audio/mpeg") -> Response:
    steps: list[Any] = []
    for _ in range(parts):
        if pause and steps:
            steps.append(Sleep(pause))
        steps.append(Send(CHUNK))
    return Response(200, {"Content-Type": content_type}, steps, framing="chunked")


async def open_speech(run: Run) -> Any:
    return await run(
        lambda c: c.audio.speech.create(model="tts", input="Hello world", voice="alloy")
    )


async def write(run: Run, body: Any, path: Path) -> int:
    if run.is_async:
        async with body:
            return int(await body.write_to_file(path))
    with body:
        return int(body.write_to_file(path))


async def test_speech_streams_to_a_file(run: Run, mock: MockOpenRouter, tmp_path: Path) -> None:
    mock.reply(audio(16), path="/audio/speech")
    body = await open_speech(run)
    assert isinstance(body, AsyncBinaryResponse if run.is_async else BinaryResponse)
    assert body.content_type == "audio/mpeg"
    written = await write(run, body, tmp_path / "speech.mp3")
    assert written == 16 * len(CHUNK)
    assert (tmp_path / "speech.mp3").read_bytes() == CHUNK * 16
    request = mock.last_request
    assert request.json == {"model": "tts", "input": "Hello world", "voice": "alloy"}
    assert request.headers["accept"] == "audio/*"


async def test_speech_chunks_arrive_before_the_body_ends(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(audio(3, pause=0.4), path="/audio/speech")
    started = time.monotonic()
    body = await open_speech(run)
    chunks = body.iter_bytes()
    first = await run.next(chunks)
    assert time.monotonic() - started < 0.35  # the rest is still on its way
    rest = await run.list(chunks)
    assert len(first) + sum(map(len, rest)) == 3 * len(CHUNK)
    assert time.monotonic() - started >= 0.8


async def test_speech_broken_off_raises_stream_error(
    run: Run, mock: MockOpenRouter, tmp_path: Path
) -> None:
    mock.reply(
        Response(
            200,
            {"Content-Type": "audio/mpeg"},
            [Send(CHUNK), Close()],
            content_length=10 * len(CHUNK),
        ),
        path="/audio/speech",
    )
    body = await open_speech(run)
    with pytest.raises(StreamError, match="broke off after") as caught:
        await write(run, body, tmp_path / "short.mp3")
    assert caught.value.partial == len(CHUNK)


async def test_speech_json_error_in_a_200_raises(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(
        replies.json_body({"error": {"code": 400, "message": "bad voice"}}), path="/audio/speech"
    )
    body = await open_speech(run)
    with pytest.raises(APIError, match="bad voice"):
        await run.list(body.iter_bytes())


async def test_speech_error_status_raises_before_any_audio(run: Run, mock: MockOpenRouter) -> None:
    from openrouter_client import PaymentRequiredError

    mock.reply_error(402, path="/audio/speech")
    with pytest.raises(PaymentRequiredError):
        await open_speech(run)


async def test_file_content_streams(run: Run, mock: MockOpenRouter, tmp_path: Path) -> None:
    mock.reply(audio(2, content_type="application/octet-stream"), path="/files/f1/content")
    body = await run(lambda c: c.files.content("f1", provider="openai"))
    assert b"".join(await run.list(body.iter_bytes(4096))) == CHUNK * 2
    assert mock.last_request.query == {"provider": "openai"}


async def test_video_content_streams(run: Run, mock: MockOpenRouter, tmp_path: Path) -> None:
    mock.reply(audio(3, content_type="video/mp4"), path="/videos/job-1/content")
    body = await run(lambda c: c.videos.content("job-1", index=1))
    assert await write(run, body, tmp_path / "v.mp4") == 3 * len(CHUNK)
    assert mock.last_request.query == {"index": "1"}
    assert mock.last_request.headers["accept"] == "video/*"


async def test_read_is_available_for_short_clips(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(audio(1), path="/audio/speech")
    body = await open_speech(run)
    assert await run(lambda c: body.read()) == CHUNK
