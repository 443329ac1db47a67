"""Error mapping: every published error body becomes the right exception with the fields users
read; odd bodies still give a clear one-line error; the API key never shows up anywhere."""

from __future__ import annotations

import json
import pickle
import traceback
from typing import Any

import httpx
import pytest

from openrouter_client._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenRouterError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    ProviderOverloadedError,
    ProviderTimeoutError,
    RateLimitError,
    RequestTimeoutError,
    ServiceUnavailableError,
    StreamError,
    UnprocessableEntityError,
    class_for_status,
    error_from_payload,
    error_from_response,
)
from openrouter_client._sse import SSEDecoder
from tests.conftest import SAMPLES

URL = "https://openrouter.ai/api/v1/chat/completions"


def load(name: str) -> Any:
    return json.loads((SAMPLES / name).read_text())


def from_status(status: int, body: Any, headers: dict[str, str] | None = None) -> APIError:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return error_from_response(status, headers or {}, content, method="POST", url=URL)


# -- the spec's example for every status --------------------------------------------------------

BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    524: ProviderTimeoutError,
    529: ProviderOverloadedError,
}


def spec_examples() -> list[tuple[int, str, dict[str, Any]]]:
    out = []
    for status, example in load(
        "chat-completions-error-examples-by-status.spec-example.json"
    ).items():
        if "error" in example:
            out.append((int(status), "example", example))
        else:  # several named examples for one status
            out += [(int(status), name, named["value"]) for name, named in example.items()]
    return out


@pytest.mark.parametrize(("status", "name", "body"), spec_examples())
def test_spec_error_examples_map_by_status(status: int, name: str, body: dict[str, Any]) -> None:
    error = from_status(status, body)
    assert type(error) is BY_STATUS[status]
    assert isinstance(error, APIError) and isinstance(error, OpenRouterError)
    assert error.status_code == status
    assert error.code == status
    assert error.message == body["error"]["message"]
    assert error.body == body
    assert str(error).startswith(f"{status} {type(error).__name__}: {body['error']['message']}")
    assert "\n" not in str(error)
    assert error.method == "POST" and error.url == URL


def test_all_spec_statuses_are_covered() -> None:
    assert {status for status, _, _ in spec_examples()} == set(BY_STATUS)


def test_server_errors_share_a_base() -> None:
    for status in (500, 502, 503, 504, 520, 524, 529, 599):
        assert issubclass(class_for_status(status), InternalServerError)
    assert class_for_status(409) is ConflictError
    assert class_for_status(418) is APIError
    assert class_for_status(None) is APIError


def test_names_and_statuses_match_openai_python() -> None:
    """Code moving from openai-python keeps its ``except`` clauses' meaning."""
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(api_key="x")
    if not hasattr(client, "_make_status_error"):  # private: how openai maps statuses
        pytest.skip("this openai version maps statuses differently")
    shared = 0
    for status, cls in BY_STATUS.items():
        theirs = getattr(openai, cls.__name__, None)
        if theirs is not None:
            response = httpx.Response(status, request=httpx.Request("POST", URL))
            made = client._make_status_error("m", body=None, response=response)
            assert type(made) is theirs, cls.__name__
            shared += 1
    assert shared == 7  # 400 401 403 404 422 429 500


# -- each published error body ------------------------------------------------------------------

# file, HTTP status it arrives with, class, code, error_type, provider_name
ENVELOPES = [
    ("error-400.streaming-doc.json", 400, BadRequestError, 400, None),
    ("error-403-guardrail.errors-doc.json", 403, PermissionDeniedError, 403, None),
    (
        "error-403-guardrail-with-openrouter-metadata.errors-doc.json",
        403,
        PermissionDeniedError,
        403,
        None,
    ),
    (
        "error-404-no-providers-with-openrouter-metadata.router-metadata-doc.json",
        404,
        NotFoundError,
        404,
        None,
    ),
    ("error-429-rate-limit.limits-doc.json", 429, RateLimitError, 429, "rate_limit_exceeded"),
    (
        "error-429-provider-error-type.errors-doc.json",
        429,
        RateLimitError,
        429,
        "rate_limit_exceeded",
    ),
    ("error-502-pdf-file-annotations.pdfs-doc.json", 502, BadGatewayError, 502, None),
    (
        "error-400-availability-model-not-found.errors-doc.json",
        400,
        BadRequestError,
        "model_not_found",
        "invalid_request",
    ),
    (
        "error-404-availability-model-deprecated.errors-doc.json",
        404,
        NotFoundError,
        "model_deprecated",
        "not_found",
    ),
    (
        "error-404-availability-privacy-restricted.errors-doc.json",
        404,
        NotFoundError,
        "privacy_restricted",
        "not_found",
    ),
    (
        "error-429-availability-capacity-exhausted.errors-doc.json",
        429,
        RateLimitError,
        "capacity_exhausted",
        "rate_limit_exceeded",
    ),
    (
        "responses-error-envelope.responses-error-handling-doc.json",
        400,
        BadRequestError,
        "invalid_prompt",
        None,
    ),
    (
        "anthropic-messages-error-envelope.errors-doc.json",
        401,
        AuthenticationError,
        "authentication_error",
        "authentication",
    ),
]


@pytest.mark.parametrize(("name", "status", "cls", "code", "error_type"), ENVELOPES)
def test_published_error_envelopes(
    name: str, status: int, cls: type[APIError], code: int | str, error_type: str | None
) -> None:
    body = load(name)
    error = from_status(status, body, {"x-request-id": "req-1"})
    assert type(error) is cls
    assert error.status_code == status
    assert error.code == code
    assert error.error_type == error_type
    assert error.message == body["error"]["message"]
    assert error.body == body
    assert error.request_id == "req-1"
    assert error.headers["x-request-id"] == "req-1"
    line = str(error)
    assert line.startswith(f"{status} {cls.__name__}: {body['error']['message']}")
    assert f"code {code}" in line


def test_metadata_is_kept_whole() -> None:
    error = from_status(502, load("error-502-pdf-file-annotations.pdfs-doc.json"))
    assert error.metadata is not None
    assert error.metadata["file_annotations"][0]["file"]["name"] == "document.pdf"
    guard = from_status(403, load("error-403-guardrail.errors-doc.json"))
    assert guard.metadata == {"patterns": ["ignore all previous instructions"]}


def test_responses_envelope_top_level_metadata_null_is_not_error_metadata() -> None:
    error = from_status(400, load("responses-error-envelope.responses-error-handling-doc.json"))
    assert error.metadata is None and error.code == "invalid_prompt"


def test_availability_errors() -> None:
    capacity = from_status(429, load("error-429-availability-capacity-exhausted.errors-doc.json"))
    assert capacity.retryable is True
    assert capacity.retry_after == 40.0
    assert capacity.availability is not None
    assert capacity.availability["fallback_models"] == ["anthropic/claude-haiku-4.5"]
    assert capacity.metadata is not None and len(capacity.metadata["previous_errors"]) == 2
    deprecated = from_status(404, load("error-404-availability-model-deprecated.errors-doc.json"))
    assert deprecated.retryable is False and deprecated.retry_after is None
    plain = from_status(429, load("error-429-rate-limit.limits-doc.json"))
    assert plain.retryable is None and plain.retry_after is None


def test_availability_error_in_a_200_body_takes_its_http_status() -> None:
    body = load("error-429-availability-capacity-exhausted.errors-doc.json")
    error = error_from_payload(body, status_code=200)
    assert type(error) is RateLimitError
    assert error.status_code == 429


def test_http_status_wins_over_the_envelope_code() -> None:
    error = from_status(503, {"error": {"code": 429, "message": "busy"}})
    assert type(error) is ServiceUnavailableError
    assert (error.status_code, error.code) == (503, 429)


# -- errors inside 200 bodies and streams -------------------------------------------------------


def test_200_body_with_http_like_code_maps_by_code() -> None:
    error = error_from_payload(load("error-429-rate-limit.limits-doc.json"), status_code=200)
    assert type(error) is RateLimitError and error.status_code == 429


def test_200_body_with_string_code_is_a_plain_api_error() -> None:
    body = load("responses-error-failed-nonstream.errors-doc.json")
    error = error_from_payload(body, status_code=200)
    assert type(error) is APIError
    assert error.status_code == 200
    assert error.code == "server_error"
    assert error.error_type == "authentication"
    assert error.request_id == "resp_abc123"
    assert error.message == "Invalid credentials"


def test_nonstream_choice_error_keeps_the_partial_answer_in_the_body() -> None:
    body = load("chat-nonstream-error-in-choice.errors-doc.json")
    error = error_from_payload(body, status_code=200)
    assert type(error) is BadGatewayError
    assert error.status_code == 502 and error.code == 502
    assert error.error_type == "provider_unavailable"
    assert error.message == "Provider disconnected mid-stream"
    assert error.body["choices"][0]["message"]["content"] == "partial output..."


def test_choice_finished_with_error_but_no_details() -> None:
    chunk = {"id": "gen-1", "choices": [{"index": 0, "delta": {}, "finish_reason": "error"}]}
    error = error_from_payload(chunk, stream=True, partial=lambda: "so far")
    assert isinstance(error, StreamError)
    assert "finish_reason 'error'" in error.message
    assert error.partial == "so far" and error.request_id == "gen-1"


def sse_payloads(name: str) -> list[dict[str, Any]]:
    decoder = SSEDecoder()
    events = decoder.feed((SAMPLES / name).read_bytes() + b"\n")
    return [e.json() for e in events]


@pytest.mark.parametrize(
    ("name", "status", "code", "provider", "error_type"),
    [
        ("sse-mid-stream-error.errors-doc.txt", 429, 429, "OpenAI", "rate_limit_exceeded"),
        ("sse-mid-stream-error.limits-doc.txt", 429, 429, "openai", None),
        ("sse-mid-stream-error.streaming-doc.txt", None, "server_error", "openai", None),
        ("image-generation-sse.error.txt", None, "server_error", None, None),
    ],
)
def test_mid_stream_error_samples(
    name: str, status: int | None, code: int | str, provider: str | None, error_type: str | None
) -> None:
    (payload,) = sse_payloads(name)
    received = ["Hello", " world"]
    error = error_from_payload(payload, stream=True, partial=lambda: received)
    assert type(error) is StreamError
    assert error.status_code == status
    assert error.code == code
    assert error.provider_name == provider
    assert error.error_type == error_type
    assert error.message == payload["error"]["message"]
    assert error.partial is received
    assert error.timed_out is False
    if provider:
        assert f"provider: {provider}" in str(error)


def test_mid_stream_error_line_matches_the_documented_shape() -> None:
    (payload,) = sse_payloads("sse-mid-stream-error.errors-doc.txt")
    error = error_from_payload(payload, stream=True)
    assert str(error) == (
        "429 StreamError: Rate limit exceeded "
        "(provider: OpenAI, code 429, type rate_limit_exceeded)"
    )
    assert error is not None and error.request_id == "gen-abc123"


def test_stream_chunk_error_field_example() -> None:
    chunk = {
        "id": "gen-2",
        "choices": [],
        "error": load("chat-stream-chunk-error-field.spec-example.json"),
    }
    error = error_from_payload(chunk, stream=True)
    assert isinstance(error, StreamError)
    assert (error.status_code, error.code, error.error_type) == (429, 429, "rate_limit_exceeded")


@pytest.mark.parametrize(
    ("name", "code", "error_type", "request_id"),
    [
        ("responses-stream-event-error.errors-doc.json", "invalid_api_key", None, None),
        (
            "responses-stream-event-response.error.errors-doc.json",
            "rate_limit_exceeded",
            None,
            None,
        ),
        (
            "responses-stream-event-response.failed.errors-doc.json",
            "server_error",
            "server",
            "resp_abc123",
        ),
        (
            "anthropic-messages-mid-stream-error-event.errors-doc.json",
            "overloaded_error",
            "provider_overloaded",
            None,
        ),
    ],
)
def test_stream_error_events(
    name: str, code: str, error_type: str | None, request_id: str | None
) -> None:
    payload = load(name)
    error = error_from_payload(payload, stream=True)
    assert isinstance(error, StreamError)
    assert error.code == code
    assert error.error_type == error_type
    assert error.request_id == request_id
    inner = payload.get("error") or payload["response"]["error"]
    assert error.message == inner["message"]


def test_failed_response_without_details_is_still_an_error() -> None:
    event = {"type": "response.failed", "response": {"id": "resp_1", "status": "failed"}}
    error = error_from_payload(event, stream=True)
    assert isinstance(error, StreamError)
    assert error.message == "the response failed" and error.request_id == "resp_1"


def test_stream_error_built_directly_as_the_stream_does() -> None:
    error = StreamError("chat completion stream ended before its final event", partial=[1, 2])
    assert error.partial == [1, 2] and error.status_code is None and error.timed_out is False
    assert str(error) == "StreamError: chat completion stream ended before its final event"


NOT_ERRORS = sorted(
    p.name
    for p in SAMPLES.glob("*.json")
    if not p.name.startswith(
        (
            "error-",
            "responses-error",
            "anthropic-messages-",
            "chat-completions-error",
            "chat-nonstream-error",
        )
    )
    and "stream-event-" not in p.name
    and "error-field" not in p.name
)


@pytest.mark.parametrize("name", NOT_ERRORS)
def test_successful_payloads_are_not_errors(name: str) -> None:
    payload = load(name)
    for candidate in (payload, payload.get("data")):
        if isinstance(candidate, dict):
            assert error_from_payload(candidate, status_code=200, partial=_never) is None


def test_error_null_is_not_an_error() -> None:
    assert "responses-api-response.spec-example.json" in NOT_ERRORS  # has "error": null
    assert error_from_payload({"id": "x", "error": None, "choices": []}, stream=True) is None
    assert error_from_payload({"choices": [{"finish_reason": "stop"}]}) is None


def _never() -> Any:
    raise AssertionError("partial() must only be called for an error")


# -- bodies that are not OpenRouter's envelope --------------------------------------------------

HTML_502 = (
    b"<!DOCTYPE html>\n<html><head><title>openrouter.ai | 502: Bad gateway</title>"
    b"<style>body{font:13px sans-serif}</style></head><body>"
    + b"<div>Cloudflare Ray ID: 8c1a2b3c4d5e6f70</div>" * 200
    + b"</body></html>"
)


def test_html_error_page_from_a_proxy() -> None:
    error = from_status(502, HTML_502, {"content-type": "text/html; charset=UTF-8"})
    assert type(error) is BadGatewayError
    line = str(error)
    assert line.startswith("502 BadGatewayError: HTTP 502, body not JSON (text/html")
    # the page's title says it all; then what was asked
    assert line.endswith("'openrouter.ai | 502: Bad gateway' [POST /api/v1/chat/completions]")
    assert len(line) < 300  # an excerpt, not a multi-KB page
    assert error.body == HTML_502.decode()  # nothing dropped


def test_html_page_without_title_shows_its_text() -> None:
    page = b"<html><body><h1>503 Service Unavailable</h1><script>var x = 1;</script></body></html>"
    error = from_status(503, page)
    assert "503 Service Unavailable" in str(error) and "var x" not in str(error)


def test_an_event_stream_where_json_was_expected_says_how_to_stream() -> None:
    events = b'data: {"type": "response.created"}\n\ndata: [DONE]\n\n'
    error = from_status(200, events, {"content-type": "text/event-stream"})
    assert "ask for it with the resource's stream=True" in str(error)
    assert error.body == events.decode()


def test_empty_body() -> None:
    error = from_status(500, b"")
    assert type(error) is InternalServerError
    assert str(error) == (
        "500 InternalServerError: HTTP 500 with an empty body [POST /api/v1/chat/completions]"
    )
    assert error.body == ""


def test_cut_off_json_body() -> None:
    cut = b'{"error": {"code": 429, "message": "Rate limit exc'
    error = from_status(429, cut)
    assert type(error) is RateLimitError
    assert "not valid JSON (cut off?)" in str(error)
    assert '{"error": {"code": 429' in str(error)
    assert error.body == cut.decode()


def test_binary_body_is_kept_as_bytes() -> None:
    blob = b"\x1f\x8b\x08\x00" + bytes(range(256)) * 20
    error = from_status(502, blob)
    assert error.body == blob
    assert "not UTF-8" in str(error) and len(str(error)) < 400


def test_other_json_error_shapes() -> None:
    assert from_status(401, {"error": "Unauthorized"}).message == "Unauthorized"
    assert from_status(422, {"detail": "bad field"}).message == "bad field"
    odd = from_status(500, [1, 2])
    assert "HTTP 500, body JSON" in odd.message and odd.body == [1, 2]
    null = from_status(500, b"null")
    assert "HTTP 500, body JSON" in null.message and null.body is None


def test_non_json_200_body() -> None:
    error = error_from_response(200, {}, b"<html>maintenance</html>", method="GET", url=URL)
    assert type(error) is APIError
    assert error.status_code == 200 and "maintenance" in str(error)


def test_provider_raw_error_is_surfaced() -> None:
    raw = json.dumps(
        {"error": {"message": "This model's maximum context length is 8192 tokens", "type": "x"}}
    )
    body = {
        "error": {
            "code": 400,
            "message": "Provider returned error",
            "metadata": {"raw": raw, "provider_name": "OpenAI"},
        },
        "user_id": "user_2abc",
    }
    error = from_status(400, body)
    assert error.raw == raw
    assert error.provider_name == "OpenAI"
    assert str(error) == (
        "400 BadRequestError: Provider returned error (provider: OpenAI, code 400)"
        " | upstream: This model's maximum context length is 8192 tokens"
        " [POST /api/v1/chat/completions]"
    )
    not_json = from_status(
        502, {"error": {"code": 502, "message": "m", "metadata": {"raw": "oops"}}}
    )
    assert str(not_json).endswith("| upstream: oops [POST /api/v1/chat/completions]")


def test_moderation_metadata() -> None:
    body = {
        "error": {
            "code": 403,
            "message": "Your chosen model requires moderation and your input was flagged",
            "metadata": {
                "reasons": ["violence", "harassment"],
                "flagged_input": "some text...",
                "provider_name": "OpenAI",
                "model_slug": "openai/gpt-4o",
            },
        }
    }
    error = from_status(403, body)
    assert type(error) is PermissionDeniedError
    assert error.reasons == ["violence", "harassment"]
    assert error.flagged_input == "some text..."
    assert "reasons: violence; harassment" in str(error)


def test_request_id_sources() -> None:
    body = load("error-429-rate-limit.limits-doc.json")
    assert from_status(429, body, {"X-Generation-Id": "gen-9"}).request_id == "gen-9"
    headers = httpx.Headers({"X-Request-Id": "req-7", "X-Generation-Id": "gen-9"})
    error = error_from_response(429, headers, json.dumps(body).encode(), method="POST", url=URL)
    assert error.request_id == "req-7"
    assert error.headers["x-generation-id"] == "gen-9"
    assert from_status(429, {**body, "id": "gen-body"}).request_id == "gen-body"
    assert from_status(429, body).request_id is None


def test_str_names_the_method_and_path_and_a_missing_api_v1() -> None:
    body = {"error": {"code": 404, "message": "Resource not found"}}
    content = json.dumps(body).encode()
    error = error_from_response(
        404, {}, content, method="POST", url="https://openrouter.ai/chat/completions?x=1"
    )
    assert str(error) == (
        "404 NotFoundError: Resource not found (code 404) [POST /chat/completions]"
        " (the base URL lacks /api/v1: use https://openrouter.ai/api/v1)"
    )
    elsewhere = error_from_response(404, {}, content, method="GET", url="http://proxy/x")
    assert str(elsewhere).endswith("[GET /x]")  # no hint for a server we do not know
    assert "[" not in str(error_from_response(404, {}, content))  # nothing asked: nothing named


def test_retry_after_reads_headers_then_the_body() -> None:
    body = load("error-429-rate-limit.limits-doc.json")
    content = json.dumps(body).encode()
    assert error_from_response(429, {"Retry-After": "2"}, content).retry_after == 2.0
    assert error_from_response(429, {"retry-after-ms": "1500"}, content).retry_after == 1.5
    hinted = {"error": {"code": 429, "message": "busy", "availability": {"retry_after": 7}}}
    assert from_status(429, hinted).retry_after == 7.0
    both = error_from_response(429, {"Retry-After": "3"}, json.dumps(hinted).encode())
    assert both.retry_after == 3.0  # the HTTP header, as the retry loop reads it
    assert error_from_response(429, {"Retry-After": "soon"}, content).retry_after is None


def test_str_is_one_line() -> None:
    error = from_status(400, {"error": {"code": 400, "message": "line one\nline two\r\n  three"}})
    assert str(error) == (
        "400 BadRequestError: line one line two three (code 400) [POST /api/v1/chat/completions]"
    )
    assert error.message == "line one\nline two\r\n  three"
    long = from_status(400, {"error": {"code": 400, "message": "x" * 50_000}})
    assert len(str(long)) < 1200 and len(long.message) == 50_000


def test_errors_pickle() -> None:
    error = from_status(429, load("error-429-rate-limit.limits-doc.json"), {"x-request-id": "r"})
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is RateLimitError
    assert (copy.status_code, copy.code, copy.message, copy.request_id) == (
        429,
        429,
        "Rate limit exceeded",
        "r",
    )
    assert str(copy) == str(error)
    conn = APITimeoutError("POST", URL, cause=TimeoutError("read timed out"))
    copy_conn = pickle.loads(pickle.dumps(conn))
    assert str(copy_conn) == str(conn)
    stream = StreamError("broke", partial={"content": "Hi"})
    assert pickle.loads(pickle.dumps(stream)).partial == {"content": "Hi"}


# -- connection errors and secrets --------------------------------------------------------------


def test_connection_errors() -> None:
    request = httpx.Request("POST", URL)
    refused = APIConnectionError(
        "POST", URL, cause=httpx.ConnectError("[Errno 111] Connection refused", request=request)
    )
    assert (
        str(refused)
        == f"APIConnectionError: POST {URL} failed: ConnectError: [Errno 111] Connection refused"
    )
    timeout = APITimeoutError("POST", URL, cause=httpx.ReadTimeout("timed out", request=request))
    assert isinstance(timeout, APIConnectionError) and isinstance(timeout, OpenRouterError)
    assert not isinstance(timeout, APIError)
    assert str(timeout) == f"APITimeoutError: POST {URL} timed out: ReadTimeout: timed out"
    assert (timeout.method, timeout.url) == ("POST", URL)


SECRET = "sk-or-v1-SECRET0123456789abcdef"


def _everything_said(error: BaseException) -> str:
    """All an application might print or log about an error."""
    try:
        raise error from error.__cause__
    except BaseException:
        tb = traceback.format_exc()
    parts = [str(error), repr(error), repr(error.args), tb]
    parts += [repr(value) for value in vars(error).values()]
    parts += [repr(getattr(error, name, None)) for name in ("raw", "reasons", "flagged_input")]
    return "\n".join(parts)


def test_api_key_never_appears_in_errors() -> None:
    request = httpx.Request(
        "POST",
        f"https://user:{SECRET}@openrouter.ai/api/v1/chat/completions?key={SECRET}&x=1#{SECRET}",
        headers={"Authorization": f"Bearer {SECRET}"},
        json={"model": "m"},
    )
    url = str(request.url)
    assert SECRET in url  # the test means something: the URL itself does carry it
    response_headers = {"content-type": "application/json", "x-request-id": "req-1"}
    built: list[BaseException] = []
    for status, body in [
        (401, json.dumps(load("error-429-rate-limit.limits-doc.json")).encode()),
        (502, HTML_502),
        (500, b""),
        (429, b'{"error": {"code": 429'),
    ]:
        built.append(error_from_response(status, response_headers, body, method="POST", url=url))
    in_stream = error_from_payload(
        {"error": {"code": 429, "message": "m"}}, stream=True, method="POST", url=url
    )
    assert in_stream is not None
    built.append(in_stream)
    for cause in (
        httpx.ConnectError("[Errno 111] Connection refused", request=request),
        httpx.ReadTimeout("timed out", request=request),
        httpx.RemoteProtocolError(f"peer closed connection while fetching {url}", request=request),
    ):
        cls = APITimeoutError if isinstance(cause, httpx.TimeoutException) else APIConnectionError
        connection_error = cls(request.method, url, cause=cause)
        assert connection_error.__cause__ is None  # chaining is the caller's choice (see below)
        built.append(connection_error)
    for error in built:
        said = _everything_said(error)
        assert "SECRET" not in said, said
        assert "openrouter.ai/api/v1/chat/completions" in said


def test_chained_httpx_cause_does_not_print_the_key() -> None:
    """``raise APIConnectionError(...) from exc`` keeps httpx's error; its text has no headers."""
    request = httpx.Request("POST", URL, headers={"Authorization": f"Bearer {SECRET}"})
    cause = httpx.ConnectError("[Errno 111] Connection refused", request=request)
    try:
        try:
            raise cause
        except httpx.HTTPError as exc:
            raise APIConnectionError("POST", URL, cause=exc) from exc
    except APIConnectionError:
        assert "SECRET" not in traceback.format_exc()


def test_key_echoed_by_a_server_is_masked_in_messages() -> None:
    body = {"error": {"code": 401, "message": f"Invalid API key {SECRET}; got Bearer {SECRET}"}}
    error = from_status(401, body)
    for text in (str(error), repr(error), error.message, repr(error.args)):
        assert "SECRET" not in text
    assert "sk-***" in str(error)
    assert error.body == body  # the body itself is kept as received


def test_core_modules_import_without_httpx() -> None:
    """They must stay cheap to import (httpx alone costs ~100 ms) and free of I/O."""
    import subprocess
    import sys

    code = (
        "import sys, openrouter_client._errors, openrouter_client._sse, openrouter_client._retry;"
        "sys.exit('httpx' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
