"""Sending one call: the retry loop and the mapping of failures to errors, around httpx.

The decisions (what to retry and how long to wait, how a response becomes an error) are plain
functions in ``_retry`` and ``_errors``; the request itself is built by ``_request``. The two
transports below differ only in how they wait and do I/O, so sync and async clients behave
identically.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import httpx

from ._config import check_retries
from ._errors import APIConnectionError, APIError, APITimeoutError, error_from_response
from ._request import Call, build_request
from ._retry import plan_retry

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from ._config import ClientConfig

log = logging.getLogger("openrouter_client")


def retries_for(config: ClientConfig, call: Call) -> int:
    """The call's own ``max_retries`` (checked), else the client's."""
    if "max_retries" in call.options:
        return check_retries(call.options["max_retries"])
    return config.max_retries


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
    """Blocking I/O around one ``httpx.Client``: the user's, or one made on first use (a client
    that never sends, or sends on another wire, pays nothing for a pool and a TLS context)."""

    def __init__(
        self,
        config: ClientConfig,
        http: httpx.Client | None,
        *,
        make_http: Callable[[Mapping[str, str]], httpx.Client],
    ) -> None:
        self.config = config
        self._http = http
        self._make_http = make_http
        self.owns_http = http is None
        # Our own httpx client carries the client's headers (``make_http`` is given them):
        # merging them into every request instead costs it ~13 µs. A user's client gets them
        # per request, over its own.
        self.request_headers: Mapping[str, str] = {} if http is None else config.headers
        self._closed = False

    @property
    def http(self) -> httpx.Client:
        if self._http is None:
            if self._closed:  # as httpx says of a closed client
                raise RuntimeError("Cannot send a request, as the client has been closed.")
            self._http = self._make_http(self.config.headers)
        return self._http

    def send(self, call: Call) -> httpx.Response:
        """Send with retries; return a 2xx response (still open when ``call.stream``)."""
        request = build_request(self.config, self.http, call, self.request_headers)
        max_retries = retries_for(self.config, call)
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
        self._closed = True
        if self.owns_http and self._http is not None:
            self._http.close()


class AsyncTransport:
    """Awaitable I/O around one ``httpx.AsyncClient``; the same policy as ``SyncTransport``."""

    def __init__(
        self,
        config: ClientConfig,
        http: httpx.AsyncClient | None,
        *,
        make_http: Callable[[Mapping[str, str]], httpx.AsyncClient],
    ) -> None:
        self.config = config
        self._http = http
        self._make_http = make_http
        self.owns_http = http is None
        # Our own httpx client carries the client's headers (``make_http`` is given them):
        # merging them into every request instead costs it ~13 µs. A user's client gets them
        # per request, over its own.
        self.request_headers: Mapping[str, str] = {} if http is None else config.headers
        self._closed = False

    @property
    def http(self) -> httpx.AsyncClient:
        if self._http is None:
            if self._closed:  # as httpx says of a closed client
                raise RuntimeError("Cannot send a request, as the client has been closed.")
            self._http = self._make_http(self.config.headers)
        return self._http

    async def send(self, call: Call) -> httpx.Response:
        """Send with retries; return a 2xx response (still open when ``call.stream``)."""
        request = build_request(self.config, self.http, call, self.request_headers)
        max_retries = retries_for(self.config, call)
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
        self._closed = True
        if self.owns_http and self._http is not None:
            await self._http.aclose()
