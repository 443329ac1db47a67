"""A client's configuration: resolved from arguments and the environment, checked once.

Every option is checked when the client is made, so a slip (a key read from a file with its
trailing newline, a base URL without ``https://``, ``timeout="10"``) fails at once with an error
naming the option and the fix, instead of deep inside a socket call or as a late 401. Errors
about the key say what is wrong with it, never any part of it.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._retry import DEFAULT_MAX_RETRIES
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "ClientConfig",
    "as_timeout",
    "check_api_key",
    "check_base_url",
    "check_retries",
]

ENV_API_KEY = "OPENROUTER_API_KEY"
ENV_BASE_URL = "OPENROUTER_BASE_URL"
DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"
# No total deadline: ``read`` is the longest silence between two bytes (SSE keep-alive comments
# count), so a long stream is never cut while it is alive, and a dead one is noticed.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=10.0)


class ClientOptions(dict[str, Any]):
    """The keyword arguments a client was made with: ``AsyncOpenRouter(**client.options)`` makes
    its async twin. The API key is in it (resolved from the environment), so its repr hides it."""

    def __repr__(self) -> str:
        shown = {
            name: "<hidden>" if name == "api_key" and value is not None else value
            for name, value in self.items()
        }
        return f"ClientOptions({shown!r})"

    __str__ = __repr__


class ClientConfig:
    """What every request of one client shares, computed once so a request costs little.

    ``init`` keeps the constructor's arguments (the key resolved from the environment included),
    so ``with_options`` makes its copy through the constructor and the same checks.
    """

    __slots__ = ("base_url", "headers", "init", "max_retries", "timeout", "timeout_ext")

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        app_url: str | None,
        app_title: str | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        key = resolve_api_key(api_key)
        url = check_base_url(base_url if base_url is not None else _env_base_url())
        self.timeout = as_timeout(timeout)
        self.timeout_ext = self.timeout.as_dict()
        self.max_retries = check_retries(max_retries)
        self.base_url = url
        headers = {
            "Accept": "application/json",
            "User-Agent": f"openrouter-client/{__version__} (python)",
        }
        if app_url:
            headers["HTTP-Referer"] = app_url
        if app_title:
            headers["X-Title"] = app_title
        headers.update(_check_headers(default_headers))
        if key:
            headers["Authorization"] = f"Bearer {key}"
        self.headers = headers
        self.init: dict[str, Any] = {
            "api_key": key,
            "base_url": url,
            "timeout": timeout,
            "max_retries": max_retries,
            "app_url": app_url,
            "app_title": app_title,
            "default_headers": dict(default_headers or {}),
        }

    def options(self) -> ClientOptions:
        """The options as given (key and base URL resolved), for a twin of the client."""
        init = dict(self.init)
        init["default_headers"] = dict(init["default_headers"])
        return ClientOptions(init)

    @property
    def has_key(self) -> bool:
        return "Authorization" in self.headers

    def __repr__(self) -> str:
        key = "<set>" if self.has_key else "None"  # never any part of the key itself
        return f"ClientConfig(base_url={self.base_url!r}, api_key={key})"


def resolve_api_key(api_key: str | None) -> str | None:
    """The key to send: the argument, else ``$OPENROUTER_API_KEY`` (an empty variable is unset)."""
    if api_key is not None:
        return check_api_key(api_key, "api_key")
    from_env = os.environ.get(ENV_API_KEY)
    return check_api_key(from_env, f"${ENV_API_KEY}") if from_env else None


def check_api_key(key: Any, source: str = "api_key") -> str:
    """``key`` when it can go in an ``Authorization`` header; otherwise an error that says what is
    wrong (and where) without quoting the key."""
    if not isinstance(key, str):
        raise TypeError(f"{source} must be a string, not {type(key).__name__}")
    if not key:
        raise ValueError(f"{source} is empty; pass your OpenRouter key (sk-or-...) or leave it out")
    for position, char in enumerate(key):
        if "!" <= char <= "~":
            continue
        if char.isspace():
            what = {"\n": "a newline", "\r": "a carriage return", "\t": "a tab", " ": "a space"}
            kind = what.get(char, "whitespace")
        elif char.isprintable():
            kind = "a non-ASCII character"
        else:
            kind = "a control character"
        where = "at its end" if position == len(key) - 1 else f"at position {position + 1}"
        if position == 0:
            where = "at its start"
        fix = " (strip it: key.strip())" if char.isspace() and key.strip() != key else ""
        raise ValueError(f"{source} contains {kind} {where}; keys are printable ASCII only{fix}")
    return key


def _env_base_url() -> str:
    value = os.environ.get(ENV_BASE_URL)
    return value if value else DEFAULT_BASE_URL


def check_base_url(url: Any) -> str:
    """``url`` without a trailing slash when it is an http(s) URL with a host."""
    if not isinstance(url, str):
        raise TypeError(f"base_url must be a string, not {type(url).__name__}")
    from ._errors import _safe_url

    shown = _safe_url(url)
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        hint = ""
        if "://" not in url:
            hint = f"; did you mean {'http' if _is_local(url) else 'https'}://{shown}?"
        raise ValueError(
            f"base_url must be an http:// or https:// URL with a host, got {shown!r}{hint}"
        )
    if url != url.strip():
        raise ValueError(f"base_url has surrounding whitespace: {shown!r}")
    return url.rstrip("/")


def _is_local(url: str) -> bool:
    host = url.partition("/")[0].partition(":")[0]
    return host in ("localhost", "127.0.0.1", "0.0.0.0", "::1") or host.startswith("127.")


def as_timeout(value: Any, name: str = "timeout") -> httpx.Timeout:
    """``value`` as an ``httpx.Timeout``: None (no limit), seconds (a non-negative number) or an
    ``httpx.Timeout``. The one place client and per-call timeouts are read."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(
            f"{name} must be a number of seconds, None or an httpx.Timeout, "
            f"not {type(value).__name__} {value!r}"
        )
    if math.isnan(value) or value < 0:
        raise ValueError(f"{name} must be 0 or more seconds (or None for no limit), got {value!r}")
    return httpx.Timeout(value)


def check_retries(value: Any) -> int:
    """``value`` when it is a retry count (an int, 0 or more); a clear error otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an int, 0 or more; got {value!r}")
    return value


def _check_headers(headers: Mapping[str, str] | None) -> Mapping[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"default_headers must be a mapping, not {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(
                f"default_headers must map str to str; {name!r} has a {type(value).__name__}"
            )
        if any(char in value for char in "\r\n\0"):
            # The value is not quoted: it may be a credential.
            raise ValueError(f"default_headers[{name!r}] contains a line break or NUL character")
    return headers
