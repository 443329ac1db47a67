"""The retry policy: what is retried, how long each wait is, and when the server's word wins."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

from openrouter_client._errors import (
    APIConnectionError,
    APITimeoutError,
    error_from_response,
)
from openrouter_client._retry import (
    DEFAULT_MAX_RETRIES,
    RETRY_STATUSES,
    is_retryable_exception,
    plan_retry,
    retry_after_seconds,
    should_retry_status,
)
from tests.conftest import SAMPLES

URL = "https://openrouter.ai/api/v1/chat/completions"
REQUEST = httpx.Request("POST", URL)


def top() -> float:
    return 1.0  # the jitter's upper end, so the backoff ceiling shows


def test_default_is_two_retries() -> None:
    assert DEFAULT_MAX_RETRIES == 2
    assert plan_retry(0, DEFAULT_MAX_RETRIES, status=503, rng=top) is not None
    assert plan_retry(1, DEFAULT_MAX_RETRIES, status=503, rng=top) is not None
    assert plan_retry(2, DEFAULT_MAX_RETRIES, status=503, rng=top) is None
    assert plan_retry(0, 0, status=503) is None


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 524, 529])
def test_retried_statuses(status: int) -> None:
    assert status in RETRY_STATUSES
    assert plan_retry(0, 2, status=status, rng=top) == 0.5


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 413, 422, 501, 505])
def test_statuses_not_retried(status: int) -> None:
    assert plan_retry(0, 2, status=status, rng=top) is None


def test_backoff_doubles_to_its_cap_with_full_jitter() -> None:
    ceilings = [plan_retry(n, 10, status=502, rng=top) for n in range(7)]
    assert ceilings == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert plan_retry(3, 10, status=502, rng=lambda: 0.25) == 1.0
    assert plan_retry(3, 10, status=502, rng=lambda: 0.0) == 0.0
    custom = [plan_retry(n, 10, status=502, rng=top, base_delay=1, max_delay=3) for n in range(4)]
    assert custom == [1.0, 2.0, 3.0, 3.0]


def test_default_jitter_stays_within_the_ceiling() -> None:
    delays = [plan_retry(2, 5, status=429) for _ in range(200)]
    assert all(d is not None and 0 <= d <= 2.0 for d in delays)
    assert len(set(delays)) > 100  # random, so clients do not retry in lockstep


# -- the server's word --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "3"}, 0.25),  # the precise one wins
        ({"retry-after-ms": "soon", "retry-after": "3"}, 3.0),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({}, None),
    ],
)
def test_retry_after_headers(headers: dict[str, str], wait: float | None) -> None:
    assert retry_after_seconds(headers) == wait
    assert retry_after_seconds(httpx.Headers(headers)) == wait


def test_retry_after_http_date() -> None:
    now = datetime(2025, 5, 1, 12, 0, 0, tzinfo=UTC).timestamp()
    headers = {"retry-after": "Thu, 01 May 2025 12:00:07 GMT"}
    assert retry_after_seconds(headers, now=now) == 7.0
    assert retry_after_seconds({"retry-after": "Thu, 01 May 2025 11:00:00 GMT"}, now=now) == 0.0
    assert retry_after_seconds({"retry-after": "Thu, 01 May 2025 12:00:07 -0000"}, now=now) == 7.0


def test_retry_after_date_is_relative_to_the_clock() -> None:
    soon = datetime.now(UTC).timestamp() + 30
    headers = {"retry-after": format_datetime(datetime.fromtimestamp(soon, UTC), usegmt=True)}
    delay = plan_retry(0, 2, status=429, headers=headers)
    assert delay is not None and 25 <= delay <= 31


def test_server_hint_replaces_backoff() -> None:
    assert plan_retry(0, 2, status=429, headers={"retry-after": "5"}, rng=top) == 5.0
    assert plan_retry(0, 2, status=503, headers={"retry-after-ms": "20"}, rng=top) == 0.02
    # "now" is no hint: back off rather than hammer the server
    assert plan_retry(0, 2, status=503, headers={"retry-after": "0"}, rng=top) == 0.5


def test_a_server_asking_for_too_long_is_not_waited_for() -> None:
    ten_minutes = {"retry-after": "600"}
    assert plan_retry(0, 2, status=429, headers=ten_minutes) is None
    assert plan_retry(0, 2, status=429, headers={"retry-after": "60"}) == 60.0
    assert plan_retry(0, 2, status=429, headers=ten_minutes, max_retry_after=900) == 600.0


def test_x_should_retry_overrides_the_status() -> None:
    assert plan_retry(0, 2, status=400, headers={"x-should-retry": "true"}, rng=top) == 0.5
    assert plan_retry(0, 2, status=503, headers={"X-Should-Retry": "false"}) is None
    assert plan_retry(0, 2, status=503, headers={"x-should-retry": "maybe"}, rng=top) == 0.5
    assert should_retry_status(400, httpx.Headers({"X-Should-Retry": "TRUE"}))
    # the retry budget still applies
    assert plan_retry(2, 2, status=400, headers={"x-should-retry": "true"}) is None


# -- failures without a response ----------------------------------------------------------------


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused", request=REQUEST),
        httpx.ConnectTimeout("slow", request=REQUEST),
        httpx.ReadTimeout("slow", request=REQUEST),
        httpx.WriteTimeout("slow", request=REQUEST),
        httpx.PoolTimeout("busy", request=REQUEST),
        httpx.ReadError("reset", request=REQUEST),
        httpx.WriteError("broken pipe", request=REQUEST),
        httpx.RemoteProtocolError("peer closed connection", request=REQUEST),
        httpx.ProxyError("proxy said no", request=REQUEST),
        APIConnectionError("POST", URL),
        APITimeoutError("POST", URL),
        ConnectionResetError(),
        TimeoutError(),
    ],
    ids=lambda e: type(e).__name__,
)
def test_network_failures_are_retried(exc: BaseException) -> None:
    assert is_retryable_exception(exc)
    assert plan_retry(0, 2, exc=exc, rng=top) == 0.5
    assert plan_retry(2, 2, exc=exc) is None


@pytest.mark.parametrize(
    "exc",
    [
        httpx.UnsupportedProtocol("ftp://", request=REQUEST),
        httpx.LocalProtocolError("bad header", request=REQUEST),
        httpx.TooManyRedirects("loop", request=REQUEST),
        httpx.DecodingError("bad gzip", request=REQUEST),
        ValueError("a bug"),
        KeyError("a bug"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_mistakes_are_not_retried(exc: BaseException) -> None:
    assert not is_retryable_exception(exc)
    assert plan_retry(0, 2, exc=exc) is None


def _error(status: int, name: str, headers: dict[str, str] | None = None) -> BaseException:
    body = (SAMPLES / name).read_bytes()
    return error_from_response(status, headers or {}, body, method="POST", url=URL)


def test_api_errors_bring_their_status_headers_and_availability_hints() -> None:
    rate = _error(429, "error-429-rate-limit.limits-doc.json", {"retry-after": "2"})
    assert plan_retry(0, 2, exc=rate, rng=top) == 2.0
    capacity = _error(429, "error-429-availability-capacity-exhausted.errors-doc.json")
    assert plan_retry(0, 2, exc=capacity, rng=top) == 40.0  # availability.retry_after
    assert plan_retry(0, 2, exc=capacity, max_retry_after=30) is None
    deprecated = _error(404, "error-404-availability-model-deprecated.errors-doc.json")
    assert plan_retry(0, 2, exc=deprecated) is None
    not_retryable = json.loads(
        (SAMPLES / "error-429-availability-capacity-exhausted.errors-doc.json").read_text()
    )
    not_retryable["error"]["availability"]["retryable"] = False
    told_not_to = error_from_response(
        429, {}, json.dumps(not_retryable).encode(), method="POST", url=URL
    )
    assert plan_retry(0, 2, exc=told_not_to) is None
    assert is_retryable_exception(rate) and not is_retryable_exception(deprecated)
