"""``OpenRouter`` and ``AsyncOpenRouter``: the I/O of a client (send, close), over ``BaseClient``.

``send`` is the public, bound way resources (and extensions) send a ``Call``: it applies the
client's configuration, retries and error mapping, and returns the 2xx ``httpx.Response``.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, ParamSpec, TypeVar

import httpx

from ._base_client import BaseClient
from ._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._request import Call, Operation, answers_with_events, operation_call, read_result
from ._response import APIResponse, captured_responses, last_captured
from ._transport import AsyncTransport, SyncTransport

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

    from openrouter_api.types import AsyncEventStream, EventStream

__all__ = ["AsyncOpenRouter", "OpenRouter"]

P = ParamSpec("P")
R = TypeVar("R")


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    """httpx's default verification (certifi's CAs, ``SSL_CERT_FILE``/``SSL_CERT_DIR``), built
    once per process: it costs about 30 ms, and every client made without ``http_client=`` shares
    it (an ``SSLContext`` is safe to share between connections and threads)."""
    return httpx.create_ssl_context()


def _capture(response: httpx.Response) -> None:
    """Hand ``response`` to a ``with_raw_response`` call running in this context, if any."""
    box = captured_responses.get()
    if box is not None:
        box.append(response)


class OpenRouter(BaseClient):
    """A blocking OpenRouter client. Close it (or use ``with``) to release its connections.

    ``api_key`` defaults to ``$OPENROUTER_API_KEY`` and ``base_url`` to ``$OPENROUTER_BASE_URL``
    or https://openrouter.ai/api/v1. ``app_url``/``app_title`` identify your app to OpenRouter
    (``HTTP-Referer``/``X-Title``). ``timeout`` bounds connecting and each silence between bytes,
    never a whole stream. Retries (connection errors, 408, 409, 429, 5xx) back off exponentially
    with jitter and honour ``Retry-After``. Every option is checked here, not at the first call.
    """

    _is_async: ClassVar[bool] = False
    _transport: SyncTransport

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        app_url: str | None = None,
        app_title: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            app_url=app_url,
            app_title=app_title,
            default_headers=default_headers,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}"
            )
        config = self._config
        self._transport = SyncTransport(
            config,
            http_client,
            make_http=lambda headers: httpx.Client(
                headers=headers,
                timeout=config.timeout,
                follow_redirects=True,
                verify=_default_ssl_context(),
            ),
        )

    def _shared_http(self) -> httpx.Client:
        return self._transport.http

    def send(self, call: Call) -> httpx.Response:
        """Send ``call`` with this client's auth, headers, timeouts and retries; return the 2xx
        response (still open when ``call.stream``), or raise the typed error."""
        response = self._transport.send(call)
        _capture(response)
        return response

    def _invoke(self, op: Operation[R], **kwargs: Any) -> R | EventStream[Any]:
        """One operation of ``client.api``: build, send, decode (or stream its events, for an
        operation whose only answer is an event stream)."""
        if answers_with_events(op):
            from ._event_stream import OperationStream

            return OperationStream(self.send(operation_call(op, kwargs, stream=True)), op)
        return read_result(op, self.send(operation_call(op, kwargs)))

    def with_raw_response(self, method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
        """Wrap a client method so that it returns an ``APIResponse`` (headers + parsed result).

        ``client.with_raw_response(client.chat.completions.create)(model=..., messages=...)``
        """

        @functools.wraps(method)
        def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
            box: list[httpx.Response] = []
            token = captured_responses.set(box)
            try:
                parsed = method(*args, **kwargs)
            finally:
                captured_responses.reset(token)
            return APIResponse(parsed, last_captured(box, getattr(method, "__qualname__", "call")))

        return call

    def close(self) -> None:
        """Close the connection pool (unless it came from ``http_client=``)."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncOpenRouter(BaseClient):
    """An asyncio/trio OpenRouter client, mirroring ``OpenRouter`` with ``await``/``async for``."""

    _is_async: ClassVar[bool] = True
    _transport: AsyncTransport

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        app_url: str | None = None,
        app_title: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            app_url=app_url,
            app_title=app_title,
            default_headers=default_headers,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}"
            )
        config = self._config
        self._transport = AsyncTransport(
            config,
            http_client,
            make_http=lambda headers: httpx.AsyncClient(
                headers=headers,
                timeout=config.timeout,
                follow_redirects=True,
                verify=_default_ssl_context(),
            ),
        )

    def _shared_http(self) -> httpx.AsyncClient:
        return self._transport.http

    async def send(self, call: Call) -> httpx.Response:
        """Send ``call`` with this client's auth, headers, timeouts and retries; return the 2xx
        response (still open when ``call.stream``), or raise the typed error."""
        response = await self._transport.send(call)
        _capture(response)
        return response

    async def _invoke(self, op: Operation[R], **kwargs: Any) -> R | AsyncEventStream[Any]:
        """One operation of ``client.api``: build, send, decode (or stream its events, for an
        operation whose only answer is an event stream)."""
        if answers_with_events(op):
            from ._event_stream import AsyncOperationStream

            call = operation_call(op, kwargs, stream=True)
            return AsyncOperationStream(await self.send(call), op)
        return read_result(op, await self.send(operation_call(op, kwargs)))

    def with_raw_response(
        self, method: Callable[P, Awaitable[R]]
    ) -> Callable[P, Awaitable[APIResponse[R]]]:
        """Wrap a client method so that it returns an ``APIResponse`` (headers + parsed result)."""

        @functools.wraps(method)
        async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
            box: list[httpx.Response] = []
            token = captured_responses.set(box)
            try:
                parsed = await method(*args, **kwargs)
            finally:
                captured_responses.reset(token)
            return APIResponse(parsed, last_captured(box, getattr(method, "__qualname__", "call")))

        return call

    async def close(self) -> None:
        """Close the connection pool (unless it came from ``http_client=``)."""
        await self._transport.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
