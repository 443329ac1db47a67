"""How chat completions fail: every HTTP error status to its class with OpenRouter's details,
the same class whether streamed or not; errors inside a 200 (envelope, errored choice, error
chunk); bodies that are not JSON; and the API key never shown. Sync and async."""

from __future__ import annotations

import traceback
from typing import Any

import pytest

from openrouter_client import (
    APIConnectionError,
    APIError,
    AsyncOpenRouter,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    NotFoundError,
    OpenRouter,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    StreamError,
)
from openrouter_client.testing import MockOpenRouter, Response, replies
from tests.chat.conftest import HI, MODEL, create, opened
from tests.resources.conftest import Run, sample, sample_text
from tests.unit.test_errors import BY_STATUS

# Each test runs with orjson and with the standard library json (tests/conftest.py).
pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("json_backend")]

CLASSES = BY_STATUS  # the expected status -> class table, stated once in the unit tests
SPEC_ERRORS = sample("chat-completions-error-examples-by-status.spec-example.json")
FAKE_KEY = "sk-or-v1-FAKE-never-print-me-7f3a9c1d"
HTML_502 = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body>"
    b"</html>"
)


async def call(run: Run, stream: bool, **params: Any) -> Any:
    """One chat completion, streamed (and read to the end) or not; no retries."""
    params.setdefault("max_retries", 0)
    if not stream:
        return await create(run, **params)
    async with opened(run, **params) as chunks:
        return await run(lambda _: chunks.get_final_completion())


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
@pytest.mark.parametrize("status", sorted(CLASSES))
async def test_each_status_maps_to_its_class(
    run: Run, mock: MockOpenRouter, status: int, stream: bool
) -> None:
    metadata = {"provider_name": "DeepInfra", "raw": '{"error":{"message":"upstream said no"}}'}
    mock.reply_error(
        status,
        f"failure {status}",
        metadata=metadata,
        headers={"X-Request-Id": f"req-{status}"},
    )
    with pytest.raises(CLASSES[status]) as caught:
        await call(run, stream)
    error = caught.value
    assert type(error) is CLASSES[status]  # the exact class, streamed or not
    assert not isinstance(error, StreamError)
    assert error.status_code == status
    assert error.code == status
    assert error.message == f"failure {status}"
    assert error.metadata == metadata
    assert error.provider_name == "DeepInfra"
    assert error.raw == metadata["raw"]
    assert error.request_id == f"req-{status}"
    assert error.headers["x-request-id"] == f"req-{status}"
    assert str(error).startswith(f"{status} {type(error).__name__}: failure {status}")
    assert "upstream said no" in str(error)
    assert len(mock.requests) == 1


@pytest.mark.parametrize("status", sorted(CLASSES))
async def test_spec_error_examples(run: Run, mock: MockOpenRouter, status: int) -> None:
    example = SPEC_ERRORS[str(status)]
    body = example["guardrail-blocked"]["value"] if status == 403 else example
    mock.reply_json("/chat/completions", body, status=status)
    with pytest.raises(CLASSES[status]) as caught:
        await call(run, False)
    assert caught.value.message == body["error"]["message"]
    assert caught.value.code == status
    assert caught.value.body == body  # nothing received is thrown away


@pytest.mark.parametrize(
    ("name", "cls", "status", "code"),
    [
        ("error-400.streaming-doc.json", BadRequestError, 400, 400),
        ("error-429-rate-limit.limits-doc.json", RateLimitError, 429, 429),
        ("error-429-provider-error-type.errors-doc.json", RateLimitError, 429, 429),
        ("error-403-guardrail.errors-doc.json", PermissionDeniedError, 403, 403),
        (
            "error-429-availability-capacity-exhausted.errors-doc.json",
            RateLimitError,
            429,
            None,
        ),
        ("error-404-availability-model-deprecated.errors-doc.json", NotFoundError, 404, None),
        ("error-502-pdf-file-annotations.pdfs-doc.json", BadGatewayError, 502, 502),
    ],
)
@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
async def test_docs_error_bodies(
    run: Run,
    mock: MockOpenRouter,
    name: str,
    cls: type[APIError],
    status: int,
    code: int | None,
    stream: bool,
) -> None:
    body = sample(name)
    mock.reply_json("/chat/completions", body, status=status)
    with pytest.raises(cls) as caught:
        await call(run, stream)
    error = caught.value
    assert error.status_code == status
    assert error.message == body["error"]["message"]
    if code is not None:
        assert error.code == code
    else:  # availability errors: no numeric code, the availability code instead
        assert error.code == body["error"]["availability"]["code"]
    assert error.body == body


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
async def test_200_with_an_error_envelope_raises(
    run: Run, mock: MockOpenRouter, stream: bool
) -> None:
    body = sample("error-429-provider-error-type.errors-doc.json")
    mock.reply_json("/chat/completions", body)
    with pytest.raises(APIError) as caught:
        await call(run, stream)
    error = caught.value
    assert error.status_code == 429  # the envelope's code says what it stands for
    assert error.message == body["error"]["message"]
    if not stream:
        assert isinstance(error, RateLimitError)


async def test_finish_reason_error_in_a_json_answer_raises(run: Run, mock: MockOpenRouter) -> None:
    body = sample("chat-nonstream-error-in-choice.errors-doc.json")
    mock.reply_json("/chat/completions", body)
    with pytest.raises(BadGatewayError) as caught:
        await create(run)
    error = caught.value
    assert error.status_code == 502
    assert error.message == "Provider disconnected mid-stream"
    assert error.error_type == "provider_unavailable"
    assert error.body == body  # the partial output is kept
    assert error.body["choices"][0]["message"]["content"] == "partial output..."


async def test_finish_reason_error_without_details_still_raises(
    run: Run, mock: MockOpenRouter
) -> None:
    body = sample("chat-completion-response.spec-example.json")
    body["choices"][0]["finish_reason"] = "error"
    mock.reply_json("/chat/completions", body)
    with pytest.raises(APIError, match="finish_reason 'error'"):
        await create(run)


async def test_mock_errored_choice_when_not_streamed(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(replies.stream_error("half an answ", code=502, stream=None))
    with pytest.raises(BadGatewayError) as caught:
        await create(run)
    assert caught.value.body["choices"][0]["message"]["content"] == "half an answ"


@pytest.mark.parametrize("shape", ["docs", "top_level", "choice", "bare"])
async def test_mid_stream_error_keeps_what_arrived(
    run: Run, mock: MockOpenRouter, shape: Any
) -> None:
    mock.stream_error(
        "It was the best of times",
        code=429,
        message="Rate limit exceeded",
        metadata={"error_type": "rate_limit_exceeded"},
        shape=shape,
        provider="Groq",
    )
    received: list[Any] = []
    async with opened(run) as stream:
        with pytest.raises(StreamError) as caught:
            if run.is_async:
                async for chunk in stream:
                    received.append(chunk)
            else:
                for chunk in stream:
                    received.append(chunk)
    error = caught.value
    assert error.status_code == 429
    assert error.code == 429
    assert error.message == "Rate limit exceeded"
    assert error.error_type == "rate_limit_exceeded"
    if shape != "bare":
        assert error.provider_name == "Groq"
    text = "".join(c.choices[0].delta.content or "" for c in received if c.choices)
    assert text == "It was the best of times"
    assert error.partial.choices[0].message.content == text
    assert error.request_id == stream.headers["x-generation-id"]


@pytest.mark.parametrize(
    "name",
    [
        "sse-mid-stream-error.errors-doc.txt",
        "sse-mid-stream-error.limits-doc.txt",
        "sse-mid-stream-error.streaming-doc.txt",
    ],
)
async def test_docs_mid_stream_errors(run: Run, mock: MockOpenRouter, name: str) -> None:
    chunk = sample("chat-stream-chunk.spec-example.json")["data"]
    error_event = sample_text(name).strip().encode() + b"\n\n"
    mock.reply(replies.sse([chunk, error_event], done=False))
    with pytest.raises(StreamError) as caught:
        await call(run, True)
    error = caught.value
    payload = error.body
    assert error.code == payload["error"]["code"]
    assert error.message == payload["error"]["message"]
    assert error.provider_name == payload["provider"]
    assert error.status_code == (429 if payload["error"]["code"] == 429 else None)
    assert error.partial.choices[0].message.content == "Hello"


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
async def test_html_502_from_a_proxy(run: Run, mock: MockOpenRouter, stream: bool) -> None:
    mock.reply(Response(502, [("Content-Type", "text/html")], HTML_502))
    with pytest.raises(BadGatewayError) as caught:
        await call(run, stream)
    error = caught.value
    assert error.status_code == 502
    assert "502 Bad Gateway" in str(error)
    assert "text/html" in str(error) and "not JSON" in str(error)
    assert "<html" not in str(error)  # the page's title, not its markup
    assert error.body == HTML_502.decode()


async def test_empty_and_non_json_200_bodies(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/chat/completions", b"")
    with pytest.raises(APIError, match="empty body") as caught:
        await create(run)
    assert caught.value.status_code == 200
    mock.reply(Response(200, [("Content-Type", "text/plain")], b"upstream hiccup"))
    with pytest.raises(APIError, match="not JSON") as caught:
        await create(run)
    assert "upstream hiccup" in str(caught.value)
    mock.reply_json("/chat/completions", b'{"id": "gen-1", "choi')
    with pytest.raises(APIError, match="cut off"):
        await create(run)
    mock.reply_json("/chat/completions", [{"choices": []}])
    with pytest.raises(APIError, match="JSON list, expected an object"):
        await create(run)


async def test_a_200_lacking_what_every_answer_has_fails_at_the_call(
    run: Run, mock: MockOpenRouter
) -> None:
    mock.reply_json("/chat/completions", {})
    with pytest.raises(APIError) as caught:
        await create(run)
    assert str(caught.value) == (
        "200 APIError: the answer (HTTP 200) lacks choices, which every ChatResult has; the body "
        "is on this error's .body [POST /api/v1/chat/completions]"
    )
    assert caught.value.body == {}
    terse = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}}]}
    mock.reply_json("/chat/completions", terse)  # no id, model, usage...: terse, not broken
    result = await create(run)
    assert result.choices[0].message.content == "ok" and result.id is None


async def test_error_body_that_is_json_but_not_an_envelope(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/chat/completions", {"detail": "Upstream overloaded"}, status=503)
    with pytest.raises(ServiceUnavailableError, match="Upstream overloaded"):
        await call(run, False)


# -- the API key is never shown ---------------------------------------------------------------


def assert_hidden(*values: Any) -> None:
    """The key is in nothing a log line, a traceback or an assertion message shows of
    ``values`` (checked without printing it, should it be there)."""
    for value in values:
        text = f"{value!s} {value!r}"
        if isinstance(value, BaseException):
            text += "".join(traceback.format_exception(value)) + repr(value.args)
            text += f"{getattr(value, 'message', '')} {getattr(value, 'headers', '')}"
        leaked = FAKE_KEY in text
        assert not leaked, f"the API key is shown by a {type(value).__name__}"


async def test_key_never_appears_in_client_errors_or_requests(
    make_client: Any, mock: MockOpenRouter
) -> None:
    runner = make_client(api_key=FAKE_KEY)
    assert_hidden(runner.client, runner.client.with_options(max_retries=1))

    # a server that echoes the key back in its message
    mock.reply_error(401, f"Invalid key {FAKE_KEY} (Bearer {FAKE_KEY})")
    with pytest.raises(AuthenticationError) as caught:
        await create(runner)
    assert_hidden(caught.value)
    assert "sk-***" in caught.value.message
    assert mock.last_request.bearer_token == FAKE_KEY  # it was sent...
    assert_hidden(mock.last_request, mock.last_request.headers)  # ...and is not shown

    mock.stream_error("x", message=f"provider rejected {FAKE_KEY}")
    with pytest.raises(StreamError) as stream_caught:
        async with opened(runner) as stream:
            assert_hidden(stream)
            await runner(lambda _: stream.get_final_completion())
    assert_hidden(stream_caught.value)

    raw = await runner(
        lambda c: c.with_raw_response(c.chat.completions.create)(model=MODEL, messages=HI)
    )
    assert_hidden(raw, raw.http_response.request, raw.http_response.request.headers)


async def test_key_never_appears_in_connection_errors(run: Run) -> None:
    cls = AsyncOpenRouter if run.is_async else OpenRouter
    client = Run(cls(api_key=FAKE_KEY, base_url="http://127.0.0.1:9/api/v1", max_retries=0))
    try:
        with pytest.raises(APIConnectionError) as caught:
            await create(client)
        assert_hidden(caught.value)
        assert caught.value.url == "http://127.0.0.1:9/api/v1/chat/completions"
    finally:
        await client.close()
