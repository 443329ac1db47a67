"""Every error this client raises, and how OpenRouter's responses become them.

OpenRouter's error bodies vary: ``{"error": {"code": 429, "message", "metadata"}}`` with an integer
or a string ``code``; availability errors with ``error_type``/``http_status``/``availability`` and no
``code``; Anthropic-style ``{"type": "error", "error": {"type": ...}}``; Responses API failures; error
chunks inside a 200 stream; and proxies' HTML pages. All of them map here, once, with nothing
received thrown away (the parsed or raw body stays on ``body``).

Nothing here does I/O or imports httpx, so sync and async code share it and importing it is cheap.
An API key is never stored here: exceptions get response headers only, URLs lose their query and
user info, and key-shaped tokens in server messages are masked.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OpenRouterError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "ProviderOverloadedError",
    "ProviderTimeoutError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServiceUnavailableError",
    "StreamError",
    "StreamTimeoutError",
    "UnprocessableEntityError",
    "class_for_status",
    "error_from_payload",
    "error_from_response",
    "payload_error",
]

_EXCERPT = 200  # characters of a non-JSON body quoted in a message
_MAX_LINE = 1000  # characters of a server message quoted in str()
_NOT_JSON: Any = object()
_REQUEST_ID_HEADERS = ("x-request-id", "x-generation-id", "request-id", "openrouter-request-id")


class OpenRouterError(Exception):
    """Base class of every error raised by this client."""


class APIError(OpenRouterError):
    """OpenRouter (or a provider behind it, or a proxy in front) answered with an error.

    ``status_code`` is the HTTP status the error stands for: the response's own status, or for an
    error inside a 200 body or stream, the envelope's HTTP-like ``code``/``http_status`` when it
    has one. ``code`` is the machine-readable code as sent (``429`` or ``"server_error"``; for
    availability errors ``availability.code``; for Anthropic-style bodies ``error.type``).
    """

    status_code: int | None
    code: int | str | None
    message: str
    metadata: dict[str, Any] | None
    error_type: str | None
    provider_name: str | None
    availability: dict[str, Any] | None
    request_id: str | None
    headers: Mapping[str, str]
    body: Any
    method: str | None
    url: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: int | str | None = None,
        metadata: dict[str, Any] | None = None,
        error_type: str | None = None,
        provider_name: str | None = None,
        availability: dict[str, Any] | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        message = _mask_secrets(message)
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.metadata = metadata
        self.error_type = error_type
        self.provider_name = provider_name
        self.availability = availability
        self.request_id = request_id
        self.headers = headers if headers is not None else {}
        self.body = body
        self.method = method
        self.url = _safe_url(url) if url else url

    @property
    def raw(self) -> Any:
        """``metadata.raw``: the provider's own error, often its JSON body as a string."""
        return self.metadata.get("raw") if self.metadata else None

    @property
    def reasons(self) -> list[Any] | None:
        """Why moderation flagged the input (``metadata.reasons``), if it did."""
        reasons = self.metadata.get("reasons") if self.metadata else None
        return reasons if isinstance(reasons, list) else None

    @property
    def flagged_input(self) -> str | None:
        """The flagged part of the input (``metadata.flagged_input``), if moderation blocked it."""
        flagged = self.metadata.get("flagged_input") if self.metadata else None
        return flagged if isinstance(flagged, str) else None

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asks to wait before retrying: ``retry-after-ms`` or ``Retry-After``
        (seconds or an HTTP date), else ``availability.retry_after`` of the body; None if neither."""
        if self.headers:
            from ._retry import retry_after_seconds  # no cycle at import time

            seconds = retry_after_seconds(self.headers)
            if seconds is not None:
                return seconds
        value = self.availability.get("retry_after") if self.availability else None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
            return float(value)
        return None

    @property
    def retryable(self) -> bool | None:
        """``availability.retryable`` when OpenRouter says whether retrying can help, else None."""
        value = self.availability.get("retryable") if self.availability else None
        return value if isinstance(value, bool) else None

    def __str__(self) -> str:
        head = type(self).__name__
        if self.status_code is not None:
            head = f"{self.status_code} {head}"
        details = []
        if self.provider_name:
            details.append(f"provider: {self.provider_name}")
        if self.code is not None:
            details.append(f"code {self.code}")
        if self.error_type:
            details.append(f"type {self.error_type}")
        if self.reasons:
            details.append("reasons: " + "; ".join(map(str, self.reasons)))
        line = f"{head}: {_one_line(self.message)}"
        if details:
            line += f" ({', '.join(details)})"
        upstream = _upstream_message(self.raw)
        if upstream:
            line += f" | upstream: {upstream}"
        if self.method and self.url:
            line += f" [{self.method} {_path_of(self.url)}]{_path_hint(self.status_code, self.url)}"
        return line

    def __repr__(self) -> str:
        fields = {
            "status_code": self.status_code,
            "code": self.code,
            "message": _one_line(self.message),
            "error_type": self.error_type,
            "provider_name": self.provider_name,
            "request_id": self.request_id,
        }
        shown = ", ".join(f"{k}={v!r}" for k, v in fields.items() if v is not None)
        return f"{type(self).__name__}({shown})"


class BadRequestError(APIError):
    """400: the request is invalid (bad parameters, unknown model, context too long)."""


class AuthenticationError(APIError):
    """401: the API key is missing, invalid, disabled or expired."""


class PaymentRequiredError(APIError):
    """402: the account or key has too few credits for this request."""


class PermissionDeniedError(APIError):
    """403: not allowed, e.g. blocked by moderation or a guardrail, or a key lacking rights."""


class NotFoundError(APIError):
    """404: no such resource, or no model/provider matches the request's constraints."""


class RequestTimeoutError(APIError):
    """408: the server gave up waiting for the request."""


class ConflictError(APIError):
    """409: the request conflicts with the resource's current state."""


class PayloadTooLargeError(APIError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIError):
    """422: the request is well-formed but its arguments are not valid."""


class RateLimitError(APIError):
    """429: rate limited, by OpenRouter or by the provider (see ``provider_name``)."""


class InternalServerError(APIError):
    """5xx: a server-side failure, at OpenRouter or at the provider."""


class BadGatewayError(InternalServerError):
    """502: the provider returned an error or an invalid response."""


class ServiceUnavailableError(InternalServerError):
    """503: no provider is available for the request right now."""


class ProviderTimeoutError(InternalServerError):
    """524: the provider took too long to respond."""


class ProviderOverloadedError(InternalServerError):
    """529: the provider is overloaded."""


class StreamError(APIError):
    """An error in a stream that began with 200: an error event, or a stream that broke off.

    ``partial`` is everything that arrived before the error, so a long answer is not lost.
    ``timed_out`` is True when the stream went silent past the read timeout.
    """

    partial: Any
    timed_out: bool

    def __init__(self, message: str, *, partial: Any = None, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.partial = partial
        self.timed_out = False


class APIConnectionError(OpenRouterError):
    """The request got no response: DNS, connect, TLS, or the connection dropped.

    Only the method and the URL without its query or user info are kept, never the request's
    headers (they hold the API key). The underlying error's type and text are in the message.
    """

    method: str | None
    url: str | None
    message: str
    _outcome = "failed"

    def __init__(
        self,
        method: str | None = None,
        url: str | None = None,
        *,
        cause: BaseException | None = None,
        message: str | None = None,
    ) -> None:
        safe = _safe_url(url) if url else url
        super().__init__(method, safe)
        self.method = method
        self.url = safe
        if message is None:
            what = " ".join(part for part in (method, safe) if part) or "request"
            message = f"{what} {self._outcome}"
            if cause is not None:
                detail = _scrub_urls(str(cause))
                message += f": {type(cause).__name__}" + (f": {detail}" if detail else "")
        self.message = _mask_secrets(message)

    def __str__(self) -> str:
        return f"{type(self).__name__}: {_one_line(self.message)}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(method={self.method!r}, url={self.url!r})"


class APITimeoutError(APIConnectionError):
    """The request timed out before a response arrived (connect, write, read or pool timeout)."""

    _outcome = "timed out"


class StreamTimeoutError(StreamError, APITimeoutError):
    """A stream went silent past the read timeout after it began: a ``StreamError`` (with
    ``partial``) that ``except APITimeoutError`` catches too."""

    def __init__(self, message: str, *, partial: Any = None, **fields: Any) -> None:
        super().__init__(message, partial=partial, **fields)
        self.timed_out = True


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    524: ProviderTimeoutError,
    529: ProviderOverloadedError,
}


def class_for_status(status: int | None) -> type[APIError]:
    """The exception class for an HTTP status (``APIError`` when none is more specific)."""
    if status is None:
        return APIError
    cls = _BY_STATUS.get(status)
    if cls is not None:
        return cls
    return InternalServerError if 500 <= status <= 599 else APIError


# -- building errors ----------------------------------------------------------------------------


def error_from_payload(
    payload: Mapping[str, Any],
    *,
    status_code: int | None = None,
    headers: Mapping[str, str] | None = None,
    stream: bool = False,
    partial: Callable[[], Any] | None = None,
    method: str | None = None,
    url: str | None = None,
) -> APIError | None:
    """The error a parsed JSON object carries, or None when it carries none.

    An error is: a truthy top-level ``error`` (OpenRouter, Responses and Anthropic envelopes, chat
    chunks and image events with ``error``); a Responses ``response.failed`` event; or a choice
    with ``finish_reason: "error"`` (its ``error`` object, if any, gives the details). ``"error":
    null`` is no error. ``status_code`` is the HTTP status of the response that carried the
    payload; with ``stream=True`` the result is a ``StreamError`` whose ``partial`` is
    ``partial()``, called only when there is an error.
    """
    error = payload.get("error")
    outer = payload  # the object the error belongs to (the nested response of response.failed)
    if not error:
        response = payload.get("response")
        if payload.get("type") == "response.failed" and isinstance(response, Mapping):
            outer = response
            error = response.get("error") or {"message": "the response failed"}
        else:
            choice = _errored_choice(payload)
            if choice is None:
                return None
            index = choice.get("index", 0)
            error = choice.get("error") or {
                "message": f"choice {index} ended with finish_reason 'error' and no error details"
            }
    if isinstance(error, str):
        error = {"message": error}
    elif not isinstance(error, Mapping):
        error = {"message": repr(error)}

    metadata = error.get("metadata")
    metadata = dict(metadata) if isinstance(metadata, Mapping) else None
    availability = error.get("availability")
    availability = dict(availability) if isinstance(availability, Mapping) else None

    code = error.get("code")
    if code is None and availability is not None:
        code = availability.get("code")
    if code is None and isinstance(error.get("type"), str):
        code = error["type"]  # Anthropic-style: "overloaded_error"
    if not isinstance(code, (int, str)) or isinstance(code, bool):
        code = None

    error_type = _first_str(
        metadata.get("error_type") if metadata else None,
        error.get("error_type"),
        outer.get("error_type"),
        payload.get("error_type"),
    )
    provider = _first_str(
        metadata.get("provider_name") if metadata else None,
        payload.get("provider"),
        outer.get("provider"),
    )

    message = error.get("message")
    if not isinstance(message, str) or not message:
        message = f"error {code}" if code is not None else "unspecified error"

    meant = _http_like(error.get("http_status")) or _http_like(code)
    status = status_code if status_code is not None and status_code >= 400 else meant
    if status is None:
        status = status_code
    request_id = _request_id(headers, payload, outer)
    fields: dict[str, Any] = {
        "status_code": status,
        "code": code,
        "metadata": metadata,
        "error_type": error_type,
        "provider_name": provider,
        "availability": availability,
        "request_id": request_id,
        "headers": headers,
        "body": payload,
        "method": method,
        "url": url,
    }
    if stream:
        return StreamError(message, partial=partial() if partial else None, **fields)
    return class_for_status(status)(message, **fields)


def payload_error(
    payload: Mapping[str, Any],
    *,
    status_code: int | None = None,
    headers: Mapping[str, str] | None = None,
    stream: bool = False,
    partial: Callable[[], Any] | None = None,
    method: str | None = None,
    url: str | None = None,
) -> APIError | None:
    """The error carried by a JSON object that came with a 2xx status (an answer, or one event of
    a stream), or None. The one place that decides: an ``error`` envelope, a failed Responses
    event, or a choice that ended with ``finish_reason: "error"``. A polled job
    (``{"id", "status", "error": "why"}``, e.g. a video job) whose error string is part of its
    state is not an error: the caller reads it.
    """
    if "error" in payload:
        error = payload["error"]
        if isinstance(error, str) and "id" in payload and "status" in payload:
            return None
    elif payload.get("type") != "response.failed":
        # Every streamed chunk comes through here: the usual one (a choice or two, none of them
        # errored) is told apart with plain dict reads before anything slower.
        choices = payload.get("choices")
        if not choices:
            return None
        if type(choices) is list:
            for choice in choices:
                if type(choice) is not dict or choice.get("finish_reason") == "error":
                    break
            else:
                return None
        if _errored_choice(payload) is None:
            return None
    return error_from_payload(
        payload,
        status_code=status_code,
        headers=headers,
        stream=stream,
        partial=partial,
        method=method,
        url=url,
    )


def error_from_response(
    status_code: int,
    headers: Mapping[str, str] | None,
    content: bytes,
    *,
    method: str | None = None,
    url: str | None = None,
) -> APIError:
    """The error for a response: a typed error from its JSON envelope, else one naming the status
    and quoting a short excerpt of the body (an HTML page from a proxy, nothing, cut-off JSON).

    Used for >= 400 responses, and for a 2xx whose body is not the JSON expected. The exception
    class follows the HTTP status when it is an error status, else the envelope's HTTP-like code.
    """
    text: str | None
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    parsed: Any = _NOT_JSON
    if text is not None and text.strip():
        try:
            parsed = json.loads(text)
        except ValueError:
            pass
        else:
            if isinstance(parsed, Mapping):
                error = error_from_payload(
                    parsed, status_code=status_code, headers=headers, method=method, url=url
                )
                if error is not None:
                    return error

    status = status_code if status_code >= 400 else None
    cls = class_for_status(status)
    body: Any = text if text is not None else content
    if parsed is not _NOT_JSON:
        body = parsed
        message = _message_of(parsed) or _describe_body(status_code, headers, content, "JSON")
    elif not content:
        message = f"HTTP {status_code} with an empty body"
    else:
        kind = "not JSON"
        if text is not None and text.lstrip()[:1] in ("{", "["):
            kind = "not valid JSON (cut off?)"
        elif text is None:
            kind = "not UTF-8 text"
        message = _describe_body(status_code, headers, content, kind)
    return cls(
        message,
        status_code=status_code,
        headers=headers,
        body=body,
        request_id=_request_id(headers, parsed if isinstance(parsed, Mapping) else {}, {}),
        method=method,
        url=url,
    )


# -- helpers ------------------------------------------------------------------------------------


def _errored_choice(payload: Mapping[str, Any]) -> Mapping[str, Any] | None:
    choices = payload.get("choices")
    if isinstance(choices, list):
        for choice in choices:
            if isinstance(choice, Mapping) and choice.get("finish_reason") == "error":
                return choice
    return None


def _http_like(value: Any) -> int | None:
    """``value`` when it is an integer HTTP error status (400-599)."""
    if isinstance(value, int) and not isinstance(value, bool) and 400 <= value <= 599:
        return value
    return None


def _first_str(*values: Any) -> str | None:
    for value in values:
        if isinstance(value, str) and value:
            return value
    return None


def _request_id(
    headers: Mapping[str, str] | None, payload: Mapping[str, Any], outer: Mapping[str, Any]
) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = _header(headers, name)
        if value:
            return value
    return _first_str(payload.get("request_id"), payload.get("id"), outer.get("id"))


def _message_of(parsed: Any) -> str | None:
    """A human message from a JSON error body that is not OpenRouter's envelope."""
    if isinstance(parsed, Mapping):
        for key in ("message", "detail", "error_description", "title"):
            value = parsed.get(key)
            if isinstance(value, str) and value:
                return value
    if isinstance(parsed, str) and parsed:
        return parsed
    return None


def _describe_body(
    status: int, headers: Mapping[str, str] | None, content: bytes, kind: str
) -> str:
    content_type = _header(headers, "content-type")
    what = f"{content_type}, " if content_type else ""
    excerpt = _excerpt(content[: _EXCERPT * 50].decode("utf-8", "replace"))
    hint = ""
    if content_type and content_type.startswith("text/event-stream"):
        hint = " (a stream: ask for it with the resource's stream=True, not through client.api)"
    return f"HTTP {status}, body {kind} ({what}{len(content)} bytes){hint}: {excerpt}"


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    """A header by lower-case name, from httpx's case-insensitive headers or a plain dict."""
    if not headers:
        return None
    value = headers.get(name)
    if value is None and isinstance(headers, dict):
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    return value


def _excerpt(text: str) -> str:
    """A short, one-line view of a body: an HTML page's title (or its text), else the start."""
    import re

    if "<" in text[:2000] and ("<html" in text[:2000].lower() or "<!doctype" in text[:200].lower()):
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
        if title and title.group(1).strip():
            text = title.group(1)
        else:
            text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.IGNORECASE | re.DOTALL)
            text = re.sub(r"<[^>]+>", " ", text)
    text = " ".join(text[: _EXCERPT * 20].split())
    return repr(text if len(text) <= _EXCERPT else text[:_EXCERPT] + "...")


def _one_line(text: str) -> str:
    text = " ".join(text.split()) if "\n" in text or "\r" in text else text
    return text if len(text) <= _MAX_LINE else text[:_MAX_LINE] + "..."


def _upstream_message(raw: Any) -> str | None:
    """The provider's own message from ``metadata.raw`` (often stringified JSON), shortened."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        try:
            parsed: Any = json.loads(raw)
        except ValueError:
            parsed = raw
    else:
        parsed = raw
    found = parsed
    if isinstance(parsed, Mapping):
        inner = parsed.get("error", parsed)
        found = _message_of(inner) if isinstance(inner, Mapping) else inner
        if not found:
            found = json.dumps(parsed, ensure_ascii=False)
    text = _mask_secrets(" ".join(str(found).split()))
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "..."


def _mask_secrets(text: str) -> str:
    """Mask API-key-shaped tokens a server might echo back (``sk-or-v1-...``, ``Bearer ...``)."""
    if "sk-" not in text and "earer" not in text:
        return text
    import re

    text = re.sub(r"\bsk-[A-Za-z0-9_\-]{6,}", "sk-***", text)
    return re.sub(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/\-]{6,}=*", r"\1 ***", text)


def _scrub_urls(text: str) -> str:
    """``text`` with any URL in it reduced by ``_safe_url`` (exception texts may quote URLs)."""
    if "://" not in text:
        return text
    import re

    return re.sub(r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s'\"<>]+", lambda m: _safe_url(m.group()), text)


def _path_of(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path or "/"


def _path_hint(status: int | None, url: str) -> str:
    """A 404 from openrouter.ai on a path outside ``/api/``: the base URL lacks ``/api/v1``."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    ours = (parts.hostname or "").endswith("openrouter.ai")
    if status == 404 and ours and not parts.path.startswith("/api/"):
        return " (the base URL lacks /api/v1: use https://openrouter.ai/api/v1)"
    return ""


def _safe_url(url: str) -> str:
    """``url`` without its query, fragment or user info, which may carry credentials."""
    base = url.split("#", 1)[0].split("?", 1)[0]
    scheme, sep, rest = base.partition("://")
    if sep:
        host, slash, path = rest.partition("/")
        base = f"{scheme}://{host.rpartition('@')[2]}{slash}{path}"
    return base
