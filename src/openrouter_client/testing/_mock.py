"""``MockOpenRouter``: a local OpenRouter on a real socket, scripted per route.

A request is first checked: the API key (401), then the spec (400 with OpenRouter's error
envelope naming the field, unless ``validate=False``). Its answer comes from, in order: the
scripted replies (one FIFO queue: the first queued reply whose route and method match), a
handler registered with ``on()``, then the defaults (``_defaults``: every operation of the
spec, with state). Routes are paths under ``/api/v1`` (``"/chat/completions"``), optionally with
``*`` wildcards, and optionally tied to a method.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import logging
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, overload

from . import replies
from ._chat import DEFAULT_PROVIDER, ErrorShape, ToolCall
from ._defaults import PUBLIC_ROUTES, Defaults
from ._generations import GENERATING_ROUTES, note_answer
from ._ratelimit import RateLimiter
from ._request import API_PREFIX, RecordedRequest
from ._script import HeaderItems, Reply, Response, WirePlan
from ._server import SocketServer
from ._spec import Operation, find_operation
from ._state import MockState

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

    from openrouter_client import AsyncOpenRouter, OpenRouter

__all__ = ["MOCK_API_KEY", "Handler", "HandlerResult", "MockOpenRouter"]

logger = logging.getLogger("openrouter_client.testing")
_warned: list[bool] = []


def _warn_partial_validation() -> None:
    """Once per process: without jsonschema only the top level of requests is checked."""
    if not _warned:
        _warned.append(True)
        logger.warning(
            "MockOpenRouter checks only the top level of request bodies (unknown and missing "
            "fields, their types): install jsonschema (pip install 'openrouter-pyclient[testing]') "
            "to validate every field against the spec"
        )


MOCK_API_KEY = "sk-or-v1-mock-0000000000000000"
CHAT = "/chat/completions"

HandlerResult: TypeAlias = "Reply | Mapping[str, Any] | None"
Handler: TypeAlias = Callable[[RecordedRequest], HandlerResult]
_RouteKey: TypeAlias = tuple[str, str]  # (METHOD or "*", route)


def _route(path: str) -> str:
    """``path`` as a route under /api/v1: ``"chat/completions"`` and ``"/api/v1/chat/completions"``
    both mean ``"/chat/completions"``."""
    path = path.split("?", 1)[0]
    if not path.startswith("/"):
        path = "/" + path
    if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
        path = path[len(API_PREFIX) :] or "/"
    return path


def _key(path: str, method: str | None) -> _RouteKey:
    return ((method or "*").upper(), _route(path))


def _matches(key: _RouteKey, method: str, route: str) -> bool:
    key_method, pattern = key
    if key_method not in ("*", method):
        return False
    return pattern == route or ("*" in pattern and fnmatch.fnmatchcase(route, pattern))


class _Scripted:
    __slots__ = ("remaining", "reply")

    def __init__(self, reply: Reply, remaining: int | None) -> None:
        self.reply = reply
        self.remaining = remaining  # None: used for every matching request


class MockOpenRouter:
    """A local stand-in for OpenRouter over real HTTP/1.1 sockets (see the package docstring).

    ``require_auth``: answer 401 like OpenRouter when ``Authorization: Bearer`` is missing (the
    public catalogue routes excepted); ``api_key``: accept only this key (401 otherwise);
    ``validate``: answer a request that breaks the spec with 400 (every keyword of the schema
    with ``jsonschema`` installed, the top level only without it; see ``_validate``);
    ``extra_fields``: body fields and query parameters the spec does not declare that are
    accepted anyway (what an app sends on purpose with ``extra_body`` / ``extra_query``);
    ``chat_text``: what unscripted chat completions (and responses) answer; ``chunk_delay``:
    seconds between the events of unscripted chat streams (a demo that visibly streams).
    ``rate_limit``: admit at most this many authenticated requests per sliding ``rate_window``
    seconds and answer the rest with OpenRouter's 429 (``Retry-After``, ``X-RateLimit-*``);
    ``latency``: seconds every answer waits before its first byte (a provider thinking).
    """

    def __init__(
        self,
        port: int = 0,
        *,
        host: str = "127.0.0.1",
        require_auth: bool = True,
        api_key: str | None = None,
        validate: bool = True,
        extra_fields: Iterable[str] = (),
        chat_text: str = replies.DEFAULT_TEXT,
        chunk_delay: float = 0.0,
        rate_limit: int | None = None,
        rate_window: float = 1.0,
        latency: float = 0.0,
    ) -> None:
        if not (isinstance(latency, int | float) and latency >= 0):
            raise ValueError(f"latency must be a non-negative number of seconds, not {latency!r}")
        self.require_auth = require_auth
        self.latency = float(latency)
        self.limiter = None if rate_limit is None else RateLimiter(rate_limit, rate_window)
        self.validate = validate
        self.extra_fields = frozenset(extra_fields)
        self._expected_key = api_key
        self.state = MockState()
        self._defaults = Defaults(self.state, chat_text, chunk_delay)
        self._server = SocketServer(self._dispatch, host=host, port=port)
        self._host = host
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._arrived = threading.Condition(self._lock)
        self._queue: list[tuple[_RouteKey, _Scripted]] = []
        self._handlers: dict[_RouteKey, Handler] = {}
        self.errors: list[BaseException] = []

    @property
    def chat_text(self) -> str:
        """What unscripted chat completions, responses and messages answer."""
        return self._defaults.chat_text

    @chat_text.setter
    def chat_text(self, text: str) -> None:
        self._defaults.chat_text = text

    @property
    def chunk_delay(self) -> float:
        """Seconds between the events of unscripted chat streams."""
        return self._defaults.chunk_delay

    @chunk_delay.setter
    def chunk_delay(self, seconds: float) -> None:
        self._defaults.chunk_delay = seconds

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> Self:
        """Listen on ``host:port`` (an ephemeral port by default) and serve in the background."""
        self._server.start()
        self._defaults.base = self.base_url
        if self.validate:
            from ._validate import full_validation_available

            if not full_validation_available():
                _warn_partial_validation()
        logger.debug("MockOpenRouter listening on %s", self.base_url)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Close the listener and every connection (open streams included); join the threads."""
        self._server.stop(timeout)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = f"{self._host}:{self._server.port}" if self._server.port else "not started"
        return f"<MockOpenRouter {where}, {len(self._requests)} requests>"

    @property
    def port(self) -> int:
        if not self._server.port:
            raise RuntimeError("MockOpenRouter is not started; use `with MockOpenRouter() as m:`")
        return self._server.port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/api/v1``, the ``base_url`` to give a client."""
        return f"http://{self._host}:{self.port}{API_PREFIX}"

    def url(self, path: str) -> str:
        """The full URL of ``path`` (a route such as ``/models``)."""
        return self.base_url + _route(path)

    @property
    def api_key(self) -> str:
        """A key the mock accepts (the one it was told to require, else a fixed dummy)."""
        return self._expected_key or MOCK_API_KEY

    def env(self) -> dict[str, str]:
        """Environment variables pointing a client (or the CLI) at this mock."""
        return {"OPENROUTER_API_KEY": self.api_key, "OPENROUTER_BASE_URL": self.base_url}

    def client(self, **options: Any) -> OpenRouter:
        """An ``OpenRouter`` client for this mock (``options`` as for ``OpenRouter``)."""
        from openrouter_client import OpenRouter

        options.setdefault("api_key", self.api_key)
        return OpenRouter(base_url=self.base_url, **options)

    def async_client(self, **options: Any) -> AsyncOpenRouter:
        """An ``AsyncOpenRouter`` client for this mock."""
        from openrouter_client import AsyncOpenRouter

        options.setdefault("api_key", self.api_key)
        return AsyncOpenRouter(base_url=self.base_url, **options)

    # -- connections --------------------------------------------------------------------------

    @property
    def open_connections(self) -> int:
        """Connections open right now (a client that closed its streams leaves 0 behind)."""
        return self._server.open_connections

    @property
    def connections_total(self) -> int:
        """Connections accepted since start (keep-alive reuse keeps this low)."""
        return self._server.connections_total

    def wait_for_connections(self, count: int = 0, timeout: float = 2.0) -> bool:
        """Wait until at most ``count`` connections are open; False if ``timeout`` passed first.
        The server notices a client's close asynchronously, so leak checks should wait."""
        return self._server.wait_connections(count, timeout)

    # -- recorded requests --------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, in arrival order (a snapshot)."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest:
        with self._lock:
            if not self._requests:
                raise LookupError("MockOpenRouter has received no request yet")
            return self._requests[-1]

    def requests_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        """The requests to one route (``"/chat/completions"``), optionally of one method."""
        key = _key(path, method)
        return [
            r for r in self.requests if r.route is not None and _matches(key, r.method, r.route)
        ]

    def wait_for_requests(self, count: int, timeout: float = 2.0) -> list[RecordedRequest]:
        """Block until ``count`` requests have arrived; raises ``TimeoutError`` otherwise."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self._requests) >= count, timeout):
                raise TimeoutError(f"{len(self._requests)} of {count} requests arrived")
            return list(self._requests)

    def clear(self) -> None:
        """Forget recorded requests, scripted replies, handlers and handler errors (the state,
        keys created and the like, stays: ``mock.state.reset()``)."""
        with self._lock:
            self._requests.clear()
            self._queue.clear()
            self._handlers.clear()
            self.errors.clear()

    # -- scripting ----------------------------------------------------------------------------

    def reply(
        self,
        reply: Reply,
        *,
        path: str = CHAT,
        method: str | None = None,
        times: int | None = 1,
    ) -> None:
        """Queue ``reply`` for the next ``times`` requests to ``path`` (``times=None``: every
        request until ``clear()``). ``method=None`` matches any method. Replies come out in the
        order queued: a request takes the first queued reply that matches it."""
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        key = _key(path, method)
        with self._lock:
            self._queue.append((key, _Scripted(reply, times)))

    def reply_text(
        self,
        text: str = replies.DEFAULT_TEXT,
        *,
        model: str | None = None,
        usage: Mapping[str, Any] | None = None,
        provider: str = DEFAULT_PROVIDER,
        finish_reason: str | None = None,
        reasoning: str | None = None,
        chunk_size: int | None = None,
        comments_before: int = 0,
        delay: float = 0.0,
        chunk_delay: float = 0.0,
        headers: HeaderItems = (),
        path: str = CHAT,
        times: int | None = 1,
    ) -> None:
        """Answer the next chat completion with ``text`` (streamed if it asks to stream)."""
        reply = replies.text(
            text,
            model=model,
            usage=usage,
            provider=provider,
            finish_reason=finish_reason,
            reasoning=reasoning,
            chunk_size=chunk_size,
            comments_before=comments_before,
            delay=delay,
            chunk_delay=chunk_delay,
            headers=headers,
        )
        self.reply(reply, path=path, method="POST", times=times)

    def stream_text(
        self,
        text: str = replies.DEFAULT_TEXT,
        *,
        chunk_size: int | None = None,
        comments_before: int = 0,
        delay: float = 0.0,
        chunk_delay: float = 0.0,
        done: bool = True,
        model: str | None = None,
        usage: Mapping[str, Any] | None = None,
        provider: str = DEFAULT_PROVIDER,
        finish_reason: str | None = None,
        reasoning: str | None = None,
        headers: HeaderItems = (),
        path: str = CHAT,
        times: int | None = 1,
    ) -> None:
        """Stream ``text`` to the next chat completion, whatever it asked (see
        ``replies.stream_text``)."""
        reply = replies.stream_text(
            text,
            chunk_size=chunk_size,
            comments_before=comments_before,
            delay=delay,
            chunk_delay=chunk_delay,
            done=done,
            model=model,
            usage=usage,
            provider=provider,
            finish_reason=finish_reason,
            reasoning=reasoning,
            headers=headers,
        )
        self.reply(reply, path=path, method="POST", times=times)

    def reply_tool_calls(
        self,
        calls: Sequence[ToolCall],
        *,
        content: str | None = None,
        model: str | None = None,
        usage: Mapping[str, Any] | None = None,
        chunk_size: int | None = None,
        delay: float = 0.0,
        chunk_delay: float = 0.0,
        path: str = CHAT,
        times: int | None = 1,
    ) -> None:
        """Answer the next chat completion with tool calls (``finish_reason: "tool_calls"``)."""
        reply = replies.tool_calls(
            calls,
            content=content,
            model=model,
            usage=usage,
            chunk_size=chunk_size,
            delay=delay,
            chunk_delay=chunk_delay,
        )
        self.reply(reply, path=path, method="POST", times=times)

    def reply_json(
        self,
        path: str,
        body: Any,
        *,
        status: int = 200,
        headers: HeaderItems = (),
        method: str | None = None,
        delay: float = 0.0,
        times: int | None = 1,
    ) -> None:
        """Answer the next request to ``path`` with ``body`` as JSON."""
        reply = replies.json_body(body, status=status, headers=headers, delay=delay)
        self.reply(reply, path=path, method=method, times=times)

    def reply_error(
        self,
        status: int,
        message: str | None = None,
        *,
        code: int | str | None = None,
        metadata: Mapping[str, Any] | None = None,
        headers: HeaderItems = (),
        extra: Mapping[str, Any] | None = None,
        delay: float = 0.0,
        path: str = CHAT,
        method: str | None = None,
        times: int | None = 1,
    ) -> None:
        """Answer the next request to ``path`` with OpenRouter's error envelope and ``status``
        (e.g. ``reply_error(429, headers={"Retry-After": "1"})``)."""
        reply = replies.error(
            status,
            message,
            code=code,
            metadata=metadata,
            headers=headers,
            extra=extra,
            delay=delay,
        )
        self.reply(reply, path=path, method=method, times=times)

    def stream_error(
        self,
        after_text: str = "partial",
        *,
        code: int | str = "server_error",
        message: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        shape: ErrorShape = "docs",
        provider: str = DEFAULT_PROVIDER,
        done: bool = False,
        path: str = CHAT,
        times: int | None = 1,
    ) -> None:
        """Stream ``after_text``, then a mid-stream error chunk on HTTP 200 (see
        ``replies.stream_error`` for the shapes)."""
        reply = replies.stream_error(
            after_text,
            code=code,
            message=message,
            metadata=metadata,
            shape=shape,
            provider=provider,
            done=done,
        )
        self.reply(reply, path=path, method="POST", times=times)

    @overload
    def on(
        self, path: str, handler: None = None, *, method: str | None = None
    ) -> Callable[[Handler], Handler]: ...

    @overload
    def on(self, path: str, handler: Handler, *, method: str | None = None) -> Handler: ...

    def on(
        self, path: str, handler: Handler | None = None, *, method: str | None = None
    ) -> Handler | Callable[[Handler], Handler]:
        """Answer requests to ``path`` with ``handler(request)``: a reply, a dict (sent as JSON,
        status 200), or None (fall through to the default). Works as a decorator too. Queued
        replies for the route still go first."""

        def register(function: Handler) -> Handler:
            with self._lock:
                self._handlers[_key(path, method)] = function
            return function

        return register if handler is None else register(handler)

    @property
    def pending_replies(self) -> int:
        """Scripted replies not used yet (those queued with ``times=None`` not counted)."""
        with self._lock:
            return sum(item.remaining or 0 for _, item in self._queue)

    def assert_all_replies_used(self) -> None:
        """Fail if some scripted reply was never requested (a test that scripted too much)."""
        with self._lock:
            unused = [
                f"{method} {route} x{item.remaining}"
                for (method, route), item in self._queue
                if item.remaining
            ]
        if unused:
            raise AssertionError("scripted replies never used: " + ", ".join(unused))

    # -- serving ------------------------------------------------------------------------------

    @property
    def rate_limited(self) -> int:
        """Requests answered 429 by ``rate_limit`` so far."""
        return 0 if self.limiter is None else self.limiter.rejected

    def _dispatch(self, request: RecordedRequest) -> WirePlan:
        plan = self._plan(request)
        if self.latency and plan.delay < self.latency:
            plan = dataclasses.replace(plan, delay=self.latency)
        return plan

    def _plan(self, request: RecordedRequest) -> WirePlan:
        with self._arrived:
            self._requests.append(request)
            self._arrived.notify_all()
        route = request.route
        if route is not None and self._unauthorized(request, route):
            token = request.bearer_token
            message = "Missing Authentication header" if token is None else "User not found."
            return replies.error(401, message)
        if route is not None and self.limiter is not None:
            limited = self.limiter.admit()
            if limited is not None:
                return limited
        found = None if route is None else find_operation(request.method, route)
        op = found if isinstance(found, Operation) else None
        if op is not None and self.validate:
            rejected = self._check(request, op)
            if rejected is not None:
                return rejected
        plan = self._answer(request, route, op)
        if route in GENERATING_ROUTES and request.method == "POST":
            note_answer(self.state, request, plan)
        return plan

    def _answer(
        self, request: RecordedRequest, route: str | None, op: Operation | None
    ) -> WirePlan:
        if route is None:
            return replies.error(404)
        reply = self._scripted(request.method, route)
        if reply is not None:
            return self._render(reply, request)
        handler = self._handler(request.method, route)
        if handler is not None:
            try:
                result = handler(request)
            except Exception as exc:
                return self._failed(request, exc)
            if result is not None:
                reply = replies.json_body(result) if isinstance(result, Mapping) else result
                return self._render(reply, request)
        try:
            return self._defaults.reply(request, op)
        except Exception as exc:
            return self._failed(request, exc)

    def _check(self, request: RecordedRequest, op: Operation) -> Response | None:
        """400 with OpenRouter's error envelope when ``request`` breaks the spec."""
        from ._validate import check_request

        issues = check_request(request, op, self.extra_fields)
        if not issues:
            return None
        first = issues[0]
        message = f"Invalid request: {first.field}: {first.message}"
        if len(issues) > 1:
            message += f" (and {len(issues) - 1} more)"
        logger.warning("MockOpenRouter rejected %s %s: %s", request.method, request.path, message)
        metadata = {"issues": [issue.as_dict() for issue in issues]}
        return replies.error(400, message, metadata=metadata)

    def _unauthorized(self, request: RecordedRequest, route: str) -> bool:
        if not self.require_auth:
            return False
        if request.method == "GET" and (route in PUBLIC_ROUTES or route.endswith("/endpoints")):
            return False
        token = request.bearer_token
        if token is None:
            return True
        return self._expected_key is not None and token != self._expected_key

    def _scripted(self, method: str, route: str) -> Reply | None:
        with self._lock:
            for position, (key, item) in enumerate(self._queue):
                if not _matches(key, method, route):
                    continue
                if item.remaining is not None:
                    item.remaining -= 1
                    if item.remaining == 0:
                        del self._queue[position]
                return item.reply
        return None

    def _handler(self, method: str, route: str) -> Handler | None:
        with self._lock:
            items = list(self._handlers.items())
        for exact in (True, False):
            for key, handler in reversed(items):
                if ("*" in key[1]) != exact and _matches(key, method, route):
                    return handler
        return None

    def _render(self, reply: Reply, request: RecordedRequest) -> WirePlan:
        try:
            return reply.render(request)
        except Exception as exc:
            return self._failed(request, exc)

    def _failed(self, request: RecordedRequest, exc: Exception) -> Response:
        with self._lock:
            self.errors.append(exc)
        logger.error(
            "MockOpenRouter handler for %s %s raised %r", request.method, request.path, exc
        )
        return replies.error(500, f"MockOpenRouter handler raised {type(exc).__name__}: {exc}")
