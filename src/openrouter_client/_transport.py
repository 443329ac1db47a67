"""Sending one call: URL, headers, timeouts, retries and error mapping.

The decisions (what to retry and how long to wait, how a response becomes an error) are plain
functions in ``_retry`` and ``_errors``; the two transports below differ only in how they wait and
do I/O, so sync and async clients behave identically.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from typing import Any

import httpx

from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    error_from_payload,
    error_from_response,
)
from ._options import RequestOptions
from ._retry import plan_retry

log = logging.getLogger("openrouter_client")

DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"
# No total deadline: ``read`` is the longest silence between two bytes (SSE keep-alive comments
# count), so a long stream is never cut while it is alive, and a dead one is noticed.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2

_json_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


class Call:
    """What a resource method asks for: one HTTP exchange, before client configuration applies."""

    __slots__ = ("body", "http_kwargs", "method", "options", "params", "path", "stream")

    def __init__(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        stream: bool = False,
        http_kwargs: dict[str, Any] | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.body = body
        self.params = params
        self.options: RequestOptions = options or {}
        self.stream = stream
        # Anything else an operation module built for httpx: files, form data, its own headers.
        self.http_kwargs = http_kwargs


class Settings:
    """A client's configuration, resolved once so that each request costs as little as possible."""

    __slots__ = ("base_url", "headers", "max_retries", "timeout", "timeout_ext")

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        headers: Mapping[str, str],
    ) -> None:
        check_retries(max_retries)
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.timeout_ext = self.timeout.as_dict()
        self.max_retries = max_retries
        merged = {"Accept": "application/json", **headers}
        if api_key:
            merged["Authorization"] = f"Bearer {api_key}"
        self.headers = merged

    def build(self, http: httpx.Client | httpx.AsyncClient, call: Call) -> httpx.Request:
        """The ``httpx.Request`` for ``call``: our headers, then the call's extras, win over defaults."""
        options = call.options
        headers = self.headers
        content: bytes | None = None
        body = call.body
        if "extra_body" in options:
            body = {**(body or {}), **options["extra_body"]}
        if body is not None:
            content = _json_dumps(body).encode()
            headers = {**headers, "Content-Type": "application/json"}
        if call.stream:
            headers = {**headers, "Accept": "text/event-stream"}
        if "extra_headers" in options:
            headers = {**headers, **options["extra_headers"]}
        params = call.params
        if "extra_query" in options:
            params = {**(params or {}), **options["extra_query"]}
        timeout_ext = self.timeout_ext
        if "timeout" in options:
            timeout = options["timeout"]
            timeout_ext = (
                timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            ).as_dict()
        extra = call.http_kwargs
        if extra:
            extra = dict(extra)
            headers = {**headers, **extra.pop("headers", {})}
            content = extra.pop("content", content)
        return http.build_request(
            call.method,
            self.base_url + call.path,
            content=content,
            params=params,
            headers=headers,
            extensions={"timeout": timeout_ext},
            **(extra or {}),
        )

    def retries_for(self, call: Call) -> int:
        return check_retries(call.options.get("max_retries", self.max_retries))


def check_retries(value: Any) -> int:
    """``value`` when it is a retry count (an int, 0 or more); a clear error otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an int, 0 or more; got {value!r}")
    return value


def decode_json(response: httpx.Response) -> Any:
    """The JSON body of a successful response; an error envelope or a non-JSON body raises."""
    content = response.content
    try:
        data = json.loads(content)
    except ValueError:
        raise error_from_response(
            response.status_code,
            response.headers,
            content,
            method=response.request.method,
            url=str(response.request.url),
        ) from None
    if type(data) is dict and "error" in data and not _reports_its_own_failure(data):
        error = error_from_payload(data, status_code=response.status_code, headers=response.headers)
        if error is not None:
            raise error
    return data


def _reports_its_own_failure(data: dict[str, Any]) -> bool:
    """A job object (``{"id", "status", "error": "why"}``, e.g. a video job being polled) whose
    ``error`` string is part of its state, for the caller to read; not an error envelope."""
    return isinstance(data["error"], str) and "id" in data and "status" in data


def _connection_error(exc: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request.method, str(request.url), cause=exc)
    return APIConnectionError(request.method, str(request.url), cause=exc)


def _log_retry(request: httpx.Request, delay: float, reason: str) -> None:
    log.info("retrying %s %s in %.2f s (%s)", request.method, request.url.path, delay, reason)


def _status_error(response: httpx.Response) -> APIError:
    request = response.request
    try:
        content = response.content
    except httpx.ResponseNotRead:  # the body broke off while reading; the status still tells
        content = b""
    return error_from_response(
        response.status_code,
        response.headers,
        content,
        method=request.method,
        url=str(request.url),
    )


class SyncTransport:
    """Blocking I/O around one ``httpx.Client``."""

    def __init__(self, settings: Settings, http: httpx.Client, *, owns_http: bool) -> None:
        self.settings = settings
        self.http = http
        self.owns_http = owns_http

    def send(self, call: Call) -> httpx.Response:
        """Send with retries; return a 2xx response (still open when ``call.stream``)."""
        request = self.settings.build(self.http, call)
        max_retries = self.settings.retries_for(call)
        attempt = 0
        while True:
            try:
                response = self.http.send(request, stream=call.stream)
            except httpx.HTTPError as exc:
                delay = plan_retry(attempt, max_retries, exc=exc)
                if delay is None:
                    raise _connection_error(exc, request) from exc
                _log_retry(request, delay, type(exc).__name__)
            else:
                if response.status_code < 400:
                    return response
                delay = plan_retry(
                    attempt, max_retries, status=response.status_code, headers=response.headers
                )
                try:
                    response.read()
                except httpx.HTTPError:
                    pass  # the error is the status; keep whatever body arrived
                finally:
                    response.close()
                if delay is None:
                    raise _status_error(response)
                _log_retry(request, delay, f"HTTP {response.status_code}")
            time.sleep(delay)
            attempt += 1

    def close(self) -> None:
        if self.owns_http:
            self.http.close()


class AsyncTransport:
    """Awaitable I/O around one ``httpx.AsyncClient``; the same policy as ``SyncTransport``."""

    def __init__(self, settings: Settings, http: httpx.AsyncClient, *, owns_http: bool) -> None:
        self.settings = settings
        self.http = http
        self.owns_http = owns_http

    async def send(self, call: Call) -> httpx.Response:
        """Send with retries; return a 2xx response (still open when ``call.stream``)."""
        request = self.settings.build(self.http, call)
        max_retries = self.settings.retries_for(call)
        attempt = 0
        while True:
            try:
                response = await self.http.send(request, stream=call.stream)
            except httpx.HTTPError as exc:
                delay = plan_retry(attempt, max_retries, exc=exc)
                if delay is None:
                    raise _connection_error(exc, request) from exc
                _log_retry(request, delay, type(exc).__name__)
            else:
                if response.status_code < 400:
                    return response
                delay = plan_retry(
                    attempt, max_retries, status=response.status_code, headers=response.headers
                )
                try:
                    await response.aread()
                except httpx.HTTPError:
                    pass  # the error is the status; keep whatever body arrived
                finally:
                    await response.aclose()
                if delay is None:
                    raise _status_error(response)
                _log_retry(request, delay, f"HTTP {response.status_code}")
            import anyio  # httpx's own dependency: works under asyncio and trio

            await anyio.sleep(delay)
            attempt += 1

    async def close(self) -> None:
        if self.owns_http:
            await self.http.aclose()
