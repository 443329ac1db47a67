"""The request layer without I/O: a call built from a generated operation, the HTTP request
made of it, and the one place an answer is decoded.

A resource (or ``client.api``) turns its arguments into a ``Call`` with ``operation_call``; the
client's transport sends it (``build_request`` applies the client's configuration); the 2xx
answer comes back through ``read_result``, which owns the rules every operation shares: which
answers are JSON, which may be empty, error envelopes and errored choices inside a 200, and
answers missing what every valid answer of their type has. An operation whose only answer is an
event stream is not decoded here but streamed (``answers_with_events``, ``_event_stream``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeGuard, TypeVar

from . import _json
from ._checks import check_arguments
from ._config import as_timeout
from ._errors import APIError, error_from_response, payload_error

if TYPE_CHECKING:
    import httpx

    from ._config import ClientConfig
    from ._options import RequestOptions

__all__ = [
    "Call",
    "Operation",
    "StreamingOperation",
    "answers_with_events",
    "build_request",
    "decode_json",
    "operation_call",
    "read_page",
    "read_result",
]

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

_json_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


class Operation(Protocol[R_co]):
    """What the facade uses of a generated operation module (``openrouter_api.api.<tag>.<op>``).

    A module satisfies this protocol, so a result type comes from the module's own
    ``parse_success`` and the facade never repeats it.
    """

    METHOD: str
    PATH: str
    SUCCESS_CONTENT_TYPES: tuple[str, ...]
    build_request: Callable[..., dict[str, Any]]

    @property
    def parse_success(self) -> Callable[[Any], R_co]: ...


class StreamingOperation(Operation[Any], Protocol[R_co]):
    """An operation module whose only successful answer is an event stream (``STREAMS = True``):
    the facade streams it, each event decoded by ``parse_event`` (see ``_event_stream``)."""

    STREAM_SENTINEL: str | None

    @property
    def parse_event(self) -> Callable[[Mapping[str, Any]], R_co]: ...


def answers_with_events(op: Operation[Any]) -> TypeGuard[StreamingOperation[Any]]:
    """Whether ``client.api`` streams ``op`` (the one place that decides): its generated module
    says its only 2xx answer is ``text/event-stream``. Operations that answer JSON or events
    (chat) are decoded as JSON; their resources ask for a stream."""
    return getattr(op, "STREAMS", False) is True


class Call:
    """One HTTP exchange as a resource asks for it, before the client's configuration applies."""

    __slots__ = ("body", "headers", "http_kwargs", "method", "options", "params", "path", "stream")

    def __init__(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        options: RequestOptions | None = None,
        stream: bool = False,
        http_kwargs: dict[str, Any] | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.body = body  # JSON, encoded when the request is built
        self.params = params
        self.headers = headers  # the operation's own (Accept for binary answers, spec headers)
        self.options: RequestOptions = options or {}
        self.stream = stream
        # Anything else an operation module built for httpx: files, form data, raw content.
        self.http_kwargs = http_kwargs

    def __repr__(self) -> str:
        return f"<Call {self.method} {self.path}{' (stream)' if self.stream else ''}>"


class EnumText(str):
    """A plain string where a generated ``build_request`` expects an enum member.

    Generated code reads ``.value`` of enum arguments; users pass ``"programming"`` rather than
    ``GetModelsCategory.PROGRAMMING``, and values newer than the spec must still get through.
    """

    __slots__ = ()

    @property
    def value(self) -> str:
        return str.__str__(self)


def operation_call(
    op: Operation[Any],
    args: Mapping[str, Any],
    options: RequestOptions | None = None,
    *,
    stream: bool = False,
) -> Call:
    """The ``Call`` for ``op`` with ``args`` (arguments that are None are not sent)."""
    kwargs = {k: (EnumText(v) if type(v) is str else v) for k, v in args.items() if v is not None}
    check_arguments(op, kwargs)
    request = op.build_request(**kwargs)
    headers: dict[str, str] | None = None
    spec_headers = request.get("headers")
    if spec_headers:
        multipart = "files" in request
        headers = {
            k: v
            for k, v in spec_headers.items()
            # httpx writes the multipart boundary itself; JSON is encoded by ``build_request``.
            if k.lower() != "content-type" or not (multipart or "json" in request)
        }
    produces = op.SUCCESS_CONTENT_TYPES
    if produces and not any("json" in kind or "event-stream" in kind for kind in produces):
        # Audio, file or video bytes: a strict server answers ``Accept: application/json`` with 406.
        headers = {"Accept": ", ".join(produces), **(headers or {})}
    extra: dict[str, Any] = {
        k: request[k] for k in ("files", "data", "content", "cookies") if k in request
    }
    return Call(
        request["method"].upper(),
        request["url"],
        body=request.get("json"),
        params=request.get("params"),
        headers=headers or None,
        options=options,
        stream=stream,
        http_kwargs=extra or None,
    )


def build_request(
    config: ClientConfig,
    http: httpx.Client | httpx.AsyncClient,
    call: Call,
    headers: Mapping[str, str],
) -> httpx.Request:
    """The ``httpx.Request`` for ``call``. Headers: ``headers`` (the client's, unless ``http``
    carries them already), then the operation's, then the call's ``extra_headers``;
    ``extra_body``/``extra_query`` are merged over the typed values."""
    options = call.options
    content: bytes | None = None
    body = call.body
    if "extra_body" in options:
        body = {**(body or {}), **options["extra_body"]}
    if body is not None:
        content = _json_dumps(body).encode()
        headers = {**headers, "Content-Type": "application/json"}
    if call.stream:
        headers = {**headers, "Accept": "text/event-stream"}
    if call.headers:
        headers = {**headers, **_sendable(call.headers, "header argument")}
    if "extra_headers" in options:
        headers = {**headers, **_sendable(options["extra_headers"], "extra_headers")}
    params = call.params
    if "extra_query" in options:
        params = {**(params or {}), **options["extra_query"]}
    timeout_ext = config.timeout_ext
    if "timeout" in options:
        timeout_ext = as_timeout(options["timeout"]).as_dict()
    extra = call.http_kwargs
    if extra and "content" in extra:
        extra = dict(extra)
        content = extra.pop("content")
    return http.build_request(
        call.method,
        _url(config.base_url + call.path),
        content=content,
        params=params,
        headers=headers,
        extensions={"timeout": timeout_ext},
        **(extra or {}),
    )


def _sendable(headers: Mapping[str, str], source: str) -> Mapping[str, str]:
    """``headers`` when every value can go on the wire. Checked here because httpx's own error
    would quote the value, and a header value may be a credential."""
    for name, value in headers.items():
        if isinstance(value, str) and ("\n" in value or "\r" in value or "\0" in value):
            raise ValueError(f"{source} {name!r} contains a line break or NUL character")
    return headers


@functools.lru_cache(maxsize=256)
def _url(text: str) -> httpx.URL:
    """The parsed URL, made once per URL: parsing it costs a request ~20 µs (httpx copies a
    parsed URL for free, and merges query parameters into a new one)."""
    import httpx

    return httpx.URL(text)


# -- answers --------------------------------------------------------------------------------------


def decode_json(response: httpx.Response) -> Any:
    """The JSON body of a 2xx answer; an error it carries, or a body that is not JSON, raises."""
    content = response.content
    try:
        data = _json.loads_body(content)
    except ValueError:
        request = response.request
        raise error_from_response(
            response.status_code,
            response.headers,
            content,
            method=request.method,
            url=str(request.url),
        ) from None
    if type(data) is dict:
        request = response.request
        error = payload_error(
            data,
            status_code=response.status_code,
            headers=response.headers,
            method=request.method,
            url=str(request.url),
        )
        if error is not None:
            raise error
    return data


class _Decoded:
    """A response whose JSON body was decoded already (what ``parse_success`` reads)."""

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


def _reads_as_json(op: Operation[Any], response: httpx.Response) -> bool:
    """Whether an answer is decoded as JSON: when it says it is JSON (or says nothing), or when
    the operation answers JSON (a text or empty body is then an error, not a result); not for
    binary answers, nor for an empty answer where the spec declares no body."""
    produces = op.SUCCESS_CONTENT_TYPES
    if not produces and not response.content:
        return False
    kind = response.headers.get("content-type", "")
    return not kind or "json" in kind or any("json" in item for item in produces)


def read_page(op: Operation[R], response: httpx.Response) -> tuple[R, Any]:
    """``(result, raw JSON)``: the decoded answer and, for JSON answers, the JSON it came from
    (pages read their links and counts from it); the raw part is None for other answers.

    An operation whose answer the spec does not type yet (``parse_success`` gives None) yields
    the decoded JSON itself, so nothing the server sent is lost while the spec catches up.
    """
    if _reads_as_json(op, response):
        data = decode_json(response)
        try:
            parsed = op.parse_success(_Decoded(response, data))
        except TypeError:
            if isinstance(data, dict):
                raise
            raise _not_an_object(response, data) from None
        if parsed is None:
            return data, data
        _check_complete(parsed, data, response)
        return parsed, data
    return op.parse_success(response), None


def read_result(op: Operation[R], response: httpx.Response) -> R:
    """The decoded answer of ``op`` (the one place answers are decoded; see ``read_page``)."""
    return read_page(op, response)[0]


def _not_an_object(response: httpx.Response, data: Any) -> APIError:
    request = response.request
    return APIError(
        f"the answer is a JSON {type(data).__name__}, expected an object; the body is on this "
        "error's .body",
        status_code=response.status_code,
        headers=response.headers,
        body=data,
        method=request.method,
        url=str(request.url),
    )


def _check_complete(parsed: Any, data: Any, response: httpx.Response) -> None:
    """A 2xx JSON object lacking what every valid answer of its type carries (a chat answer
    without ``choices``, ``{}``) is an error at the call, not a ``TypeError`` later. Models name
    those keys in ``_essential_``: the required objects and arrays of their schema (a missing id
    or timestamp reads as None instead: the wire is looser than the spec there)."""
    required = getattr(type(parsed), "_essential_", None)
    if not required or type(data) is not dict:
        return
    missing = [key for key in required if key not in data]
    if missing:
        request = response.request
        names = ", ".join(sorted(missing))
        raise APIError(
            f"the answer (HTTP {response.status_code}) lacks {names}, which every "
            f"{type(parsed).__name__} has; the body is on this error's .body",
            status_code=response.status_code,
            headers=response.headers,
            body=data,
            method=request.method,
            url=str(request.url),
        )
