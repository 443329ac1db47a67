"""``OpenRouter`` and ``AsyncOpenRouter``: configuration, connection pool and resources."""

from __future__ import annotations

import functools
import os
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from . import __version__
from ._response import APIResponse, captured_responses, last_captured
from ._transport import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncTransport,
    Call,
    Settings,
    SyncTransport,
    check_retries,
    decode_json,
)

if TYPE_CHECKING:
    from types import ModuleType, TracebackType
    from typing import Self

    from openrouter_api.api import Api, AsyncApi

    from .resources.audio import AsyncAudio, Audio
    from .resources.chat import AsyncChat, Chat
    from .resources.credits import AsyncCredits, Credits
    from .resources.embeddings import AsyncEmbeddings, Embeddings
    from .resources.endpoints import AsyncEndpoints, Endpoints
    from .resources.files import AsyncFiles, Files
    from .resources.generations import AsyncGenerations, Generations
    from .resources.guardrails import AsyncGuardrails, Guardrails
    from .resources.keys import AsyncKey, AsyncKeys, Key, Keys
    from .resources.models import AsyncModels, Models
    from .resources.providers import AsyncProviders, Providers
    from .resources.rerank import AsyncRerank, Rerank
    from .resources.responses import AsyncResponses, Responses
    from .resources.videos import AsyncVideos, Videos

P = ParamSpec("P")
R = TypeVar("R")

ENV_API_KEY = "OPENROUTER_API_KEY"
ENV_BASE_URL = "OPENROUTER_BASE_URL"


def _settings(
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    app_url: str | None,
    app_title: str | None,
    default_headers: Mapping[str, str] | None,
) -> tuple[Settings, str | None]:
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
    headers = {"User-Agent": f"openrouter-client/{__version__} (python)"}
    if app_url:
        headers["HTTP-Referer"] = app_url
    if app_title:
        headers["X-Title"] = app_title
    headers.update(default_headers or {})
    settings = Settings(
        api_key=key or None,
        base_url=base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL,
        timeout=timeout,
        max_retries=max_retries,
        headers=headers,
    )
    return settings, key or None


def _key_state(key: str | None) -> str:
    return "<set>" if key else "None"  # never any part of the key itself


_KEEP = object()


def _derived(settings: Settings, timeout: Any, max_retries: Any, headers: Any) -> Settings:
    """``settings`` with some values replaced (``with_options``); the API key is carried over."""
    derived = Settings.__new__(Settings)
    derived.base_url = settings.base_url
    derived.headers = {**settings.headers, **(headers or {})}
    derived.max_retries = (
        settings.max_retries if max_retries is _KEEP else check_retries(max_retries)
    )
    if timeout is _KEEP:
        derived.timeout, derived.timeout_ext = settings.timeout, settings.timeout_ext
    else:
        derived.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        derived.timeout_ext = derived.timeout.as_dict()
    return derived


class _Decoded:
    """A response whose JSON body was decoded (and checked for an error envelope) already."""

    __slots__ = ("_data", "_response")

    def __init__(self, response: httpx.Response, data: Any) -> None:
        self._response = response
        self._data = data

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def content(self) -> bytes:
        return self._response.content

    @property
    def text(self) -> str:
        return self._response.text

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    def json(self) -> Any:
        return self._data


def _operation_call(op: ModuleType, kwargs: dict[str, Any]) -> Call:
    """A generated operation's request, as a ``Call`` that client configuration then applies to."""
    request: dict[str, Any] = op.build_request(**kwargs)
    http_kwargs: dict[str, Any] = {
        k: request[k] for k in ("files", "data", "content", "cookies") if k in request
    }
    headers = {k: v for k, v in request.get("headers", {}).items() if k.lower() != "content-type"}
    if "files" in request:
        headers.pop("Content-Type", None)
    if headers:
        http_kwargs["headers"] = headers
    return Call(
        request["method"].upper(),
        request["url"],
        body=request.get("json"),
        params=request.get("params"),
        http_kwargs=http_kwargs or None,
    )


def _accepting(op: ModuleType, call: Call) -> Call:
    """``call`` asking for what ``op`` produces when that is not JSON (audio, file or video
    bytes): a strict server answers ``Accept: application/json`` there with 406."""
    produces = getattr(op, "SUCCESS_CONTENT_TYPES", ())
    if produces and not any("json" in kind for kind in produces):
        extra = dict(call.http_kwargs or {})
        extra["headers"] = {"Accept": ", ".join(produces), **extra.get("headers", {})}
        call.http_kwargs = extra
    return call


def _declared_empty(op: ModuleType, response: httpx.Response) -> bool:
    """An empty answer to an operation whose spec gives its success no body (not an error)."""
    return not response.content and getattr(op, "SUCCESS_CONTENT_TYPES", None) == ()


def _is_json(response: httpx.Response) -> bool:
    kind = response.headers.get("content-type", "")
    return "json" in kind or not kind


class OpenRouter:
    """A blocking OpenRouter client. Close it (or use ``with``) to release its connections.

    ``api_key`` defaults to ``$OPENROUTER_API_KEY`` and ``base_url`` to ``$OPENROUTER_BASE_URL``
    or https://openrouter.ai/api/v1. ``app_url``/``app_title`` identify your app to OpenRouter
    (``HTTP-Referer``/``X-Title``). ``timeout`` bounds connecting and each silence between bytes,
    never a whole stream. Retries (connection errors, 408, 409, 429, 5xx) back off exponentially
    with jitter and honour ``Retry-After``.
    """

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
        settings, self._api_key = _settings(
            api_key, base_url, timeout, max_retries, app_url, app_title, default_headers
        )
        owns = http_client is None
        http = http_client or httpx.Client(timeout=settings.timeout, follow_redirects=True)
        self._transport = SyncTransport(settings, http, owns_http=owns)

    @property
    def base_url(self) -> str:
        return self._transport.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._transport.settings.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._transport.settings.timeout

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Any | None = _KEEP,
        max_retries: int | Any = _KEEP,
        default_headers: Mapping[str, str] | None = None,
    ) -> OpenRouter:
        """A client sharing this one's connections, with other timeouts, retries or headers."""
        clone = object.__new__(OpenRouter)
        clone._api_key = self._api_key
        settings = _derived(self._transport.settings, timeout, max_retries, default_headers)
        clone._transport = SyncTransport(settings, self._transport.http, owns_http=False)
        return clone

    @cached_property
    def chat(self) -> Chat:
        from .resources.chat import Chat

        return Chat(self)

    @cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(self)

    @cached_property
    def providers(self) -> Providers:
        from .resources.providers import Providers

        return Providers(self)

    @cached_property
    def endpoints(self) -> Endpoints:
        from .resources.endpoints import Endpoints

        return Endpoints(self)

    @cached_property
    def generations(self) -> Generations:
        from .resources.generations import Generations

        return Generations(self)

    @cached_property
    def credits(self) -> Credits:
        from .resources.credits import Credits

        return Credits(self)

    @cached_property
    def key(self) -> Key:
        from .resources.keys import Key

        return Key(self)

    @cached_property
    def keys(self) -> Keys:
        from .resources.keys import Keys

        return Keys(self)

    @cached_property
    def embeddings(self) -> Embeddings:
        from .resources.embeddings import Embeddings

        return Embeddings(self)

    @cached_property
    def rerank(self) -> Rerank:
        from .resources.rerank import Rerank

        return Rerank(self)

    @cached_property
    def responses(self) -> Responses:
        from .resources.responses import Responses

        return Responses(self)

    @cached_property
    def audio(self) -> Audio:
        from .resources.audio import Audio

        return Audio(self)

    @cached_property
    def guardrails(self) -> Guardrails:
        from .resources.guardrails import Guardrails

        return Guardrails(self)

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(self)

    @cached_property
    def videos(self) -> Videos:
        from .resources.videos import Videos

        return Videos(self)

    @cached_property
    def api(self) -> Api:
        """Every operation of the OpenRouter spec, with this client's auth, retries and errors."""
        from openrouter_api.api import Api

        return Api(self._invoke)

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

    # -- plumbing used by resources ------------------------------------------------------------

    def _send(self, call: Call) -> httpx.Response:
        response = self._transport.send(call)
        box = captured_responses.get()
        if box is not None:
            box.append(response)
        return response

    def _json(self, call: Call) -> Any:
        return decode_json(self._send(call))

    def _invoke(self, op: ModuleType, **kwargs: Any) -> Any:
        response = self._send(_accepting(op, _operation_call(op, kwargs)))
        if _is_json(response) and not _declared_empty(op, response):
            return op.parse_success(_Decoded(response, decode_json(response)))
        return op.parse_success(response)

    # -- lifecycle ---------------------------------------------------------------------------------

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

    def __repr__(self) -> str:
        return f"OpenRouter(base_url={self.base_url!r}, api_key={_key_state(self._api_key)})"


class AsyncOpenRouter:
    """An asyncio/trio OpenRouter client, mirroring ``OpenRouter`` with ``await``/``async for``."""

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
        settings, self._api_key = _settings(
            api_key, base_url, timeout, max_retries, app_url, app_title, default_headers
        )
        owns = http_client is None
        http = http_client or httpx.AsyncClient(timeout=settings.timeout, follow_redirects=True)
        self._transport = AsyncTransport(settings, http, owns_http=owns)

    @property
    def base_url(self) -> str:
        return self._transport.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._transport.settings.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._transport.settings.timeout

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Any | None = _KEEP,
        max_retries: int | Any = _KEEP,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncOpenRouter:
        """A client sharing this one's connections, with other timeouts, retries or headers."""
        clone = object.__new__(AsyncOpenRouter)
        clone._api_key = self._api_key
        settings = _derived(self._transport.settings, timeout, max_retries, default_headers)
        clone._transport = AsyncTransport(settings, self._transport.http, owns_http=False)
        return clone

    @cached_property
    def chat(self) -> AsyncChat:
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def providers(self) -> AsyncProviders:
        from .resources.providers import AsyncProviders

        return AsyncProviders(self)

    @cached_property
    def endpoints(self) -> AsyncEndpoints:
        from .resources.endpoints import AsyncEndpoints

        return AsyncEndpoints(self)

    @cached_property
    def generations(self) -> AsyncGenerations:
        from .resources.generations import AsyncGenerations

        return AsyncGenerations(self)

    @cached_property
    def credits(self) -> AsyncCredits:
        from .resources.credits import AsyncCredits

        return AsyncCredits(self)

    @cached_property
    def key(self) -> AsyncKey:
        from .resources.keys import AsyncKey

        return AsyncKey(self)

    @cached_property
    def keys(self) -> AsyncKeys:
        from .resources.keys import AsyncKeys

        return AsyncKeys(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from .resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def rerank(self) -> AsyncRerank:
        from .resources.rerank import AsyncRerank

        return AsyncRerank(self)

    @cached_property
    def responses(self) -> AsyncResponses:
        from .resources.responses import AsyncResponses

        return AsyncResponses(self)

    @cached_property
    def audio(self) -> AsyncAudio:
        from .resources.audio import AsyncAudio

        return AsyncAudio(self)

    @cached_property
    def guardrails(self) -> AsyncGuardrails:
        from .resources.guardrails import AsyncGuardrails

        return AsyncGuardrails(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def videos(self) -> AsyncVideos:
        from .resources.videos import AsyncVideos

        return AsyncVideos(self)

    @cached_property
    def api(self) -> AsyncApi:
        """Every operation of the OpenRouter spec, with this client's auth, retries and errors."""
        from openrouter_api.api import AsyncApi

        return AsyncApi(self._invoke)

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

    async def _send(self, call: Call) -> httpx.Response:
        response = await self._transport.send(call)
        box = captured_responses.get()
        if box is not None:
            box.append(response)
        return response

    async def _json(self, call: Call) -> Any:
        return decode_json(await self._send(call))

    async def _invoke(self, op: ModuleType, **kwargs: Any) -> Any:
        response = await self._send(_accepting(op, _operation_call(op, kwargs)))
        if _is_json(response) and not _declared_empty(op, response):
            return op.parse_success(_Decoded(response, decode_json(response)))
        return op.parse_success(response)

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

    def __repr__(self) -> str:
        return f"AsyncOpenRouter(base_url={self.base_url!r}, api_key={_key_state(self._api_key)})"
