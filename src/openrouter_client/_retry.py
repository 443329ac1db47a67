"""When to retry a failed request and how long to wait: plain functions, shared by the sync and
async transports, which do the sleeping.

Retried: connection failures and timeouts, and HTTP 408, 409, 429, 500, 502, 503, 504, 524, 529.
The wait is exponential backoff with full jitter (``rng() * min(max_delay, base_delay * 2**attempt)``)
unless the server says how long to wait (``retry-after-ms``, ``Retry-After`` in seconds or as an
HTTP date, or OpenRouter's ``availability.retry_after``). ``x-should-retry: true``/``false`` from the
server overrides the status rule, as in openai-python.

Only a request that produced no usable response is retried. A stream is retried only while
opening it (connection failure or error status); once any of its body has been consumed, a failure
is reported with what arrived (``StreamError.partial``) and never retried here, since repeating
it would bill and deliver the answer twice. The caller decides whether to start over.

A retried request may have reached the server (a read timeout after the body was sent): OpenRouter
may then process it twice.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping

from ._errors import APIConnectionError, APIError, _header

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "RETRY_STATUSES",
    "is_retryable_exception",
    "plan_retry",
    "retry_after_seconds",
    "should_retry_status",
]

DEFAULT_MAX_RETRIES = 2
BASE_DELAY = 0.5  # seconds, first backoff ceiling
MAX_DELAY = 8.0  # seconds, backoff ceiling
MAX_RETRY_AFTER = 60.0  # seconds; a server asking for longer is not waited for (see plan_retry)
RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504, 524, 529})


def plan_retry(
    attempt: int,
    max_retries: int,
    *,
    status: int | None = None,
    headers: Mapping[str, str] | None = None,
    exc: BaseException | None = None,
    rng: Callable[[], float] | None = None,
    base_delay: float = BASE_DELAY,
    max_delay: float = MAX_DELAY,
    max_retry_after: float = MAX_RETRY_AFTER,
) -> float | None:
    """Seconds to wait before retrying, or None to give up and raise.

    ``attempt`` counts the retries already made (0 after the first failure); at ``max_retries``
    the answer is None. Pass ``status`` and ``headers`` for an error response, ``exc`` for an
    exception (a network error, or an ``APIError``, whose status, headers and availability hints
    are used).

    A server-requested wait is honoured up to ``max_retry_after`` seconds. When a server asks for
    more (say ``Retry-After: 600``), the answer is None: the error is raised at once instead of
    blocking the caller for ten minutes, and it carries the response headers so the caller can
    reschedule. Without a server hint the wait is full-jitter backoff, at most ``max_delay``.
    """
    if attempt >= max_retries:
        return None
    hinted: float | None = None
    if isinstance(exc, APIError):
        if status is None:
            status = exc.status_code
        if headers is None:
            headers = exc.headers
        if exc.retryable is False:
            return None
        hinted = exc.retry_after
    elif exc is not None and not is_retryable_exception(exc):
        return None

    if status is not None and not should_retry_status(status, headers):
        return None
    wait = retry_after_seconds(headers) if headers else None
    if wait is None:
        wait = hinted
    if wait is not None and wait > 0:
        return wait if wait <= max_retry_after else None
    if rng is None:
        import random  # here, not at import time: the module is not free to import

        rng = random.random
    return rng() * min(max_delay, base_delay * 2.0**attempt)


def should_retry_status(status: int, headers: Mapping[str, str] | None = None) -> bool:
    """Whether an error status is worth retrying; ``x-should-retry`` from the server overrides."""
    if headers:
        verdict = _header(headers, "x-should-retry")
        if verdict is not None:
            verdict = verdict.strip().lower()
            if verdict == "true":
                return True
            if verdict == "false":
                return False
    return status in RETRY_STATUSES


def is_retryable_exception(exc: BaseException) -> bool:
    """Whether a failure to get a response is transient (network, timeout, dropped connection).

    Mistakes that would fail the same way again (an unsupported URL scheme, an invalid request,
    too many redirects, an undecodable body) are not retried. httpx is consulted only when it is
    already imported, so this module never imports it.
    """
    if isinstance(exc, APIConnectionError):
        return True
    if isinstance(exc, APIError):
        return exc.status_code is not None and should_retry_status(exc.status_code, exc.headers)
    httpx = sys.modules.get("httpx")
    if httpx is not None and isinstance(exc, httpx.HTTPError):
        if isinstance(exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)):
            return False
        return isinstance(exc, httpx.TransportError)  # timeouts, network, remote protocol, proxy
    return isinstance(exc, (ConnectionError, TimeoutError))


def retry_after_seconds(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """The wait a response asks for: ``retry-after-ms``, else ``Retry-After`` (seconds or an
    HTTP date, relative to ``now``, default the current time). None when absent or unreadable."""
    value = _header(headers, "retry-after-ms")
    if value is not None:
        try:
            ms = float(value)
        except ValueError:
            pass
        else:
            if ms == ms and ms >= 0 and ms != float("inf"):  # not NaN or infinite
                return ms / 1000.0
    value = _header(headers, "retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if seconds == seconds and 0 <= seconds != float("inf") else None
    from datetime import UTC
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": UTC, says RFC 5322
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
