"""Exit codes, and every failure as one line on stderr (no traceback, never the API key)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from http import HTTPStatus
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from .._errors import APIError

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_CONNECTION",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "UsageError",
    "describe",
    "report",
    "run_quietly",
]

EXIT_OK = 0
EXIT_API_ERROR = 1  # OpenRouter answered with an error (also: an unexpected failure)
EXIT_USAGE = 2  # bad arguments (argparse), an empty prompt, no API key
EXIT_CONNECTION = 3  # no answer: connection refused or broken, DNS, TLS, timeout
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it

DEBUG_ENV = "OPENROUTER_CLI_DEBUG"  # set to 1 to see the traceback of an unexpected failure

# Statuses OpenRouter uses that the HTTP standard does not name.
_PHRASES = {524: "Provider Timeout", 529: "Provider Overloaded"}


class UsageError(Exception):
    """Input the parser cannot check (an empty prompt, a missing API key): exit code 2."""


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return _PHRASES.get(status, "Error")


def _api_line(error: APIError) -> str:
    """``401 Unauthorized: message (code 401)``: the library's one-line ``str()`` with the HTTP
    reason phrase in place of the exception class name."""
    text = str(error)
    name = type(error).__name__
    if error.status_code is None:
        return text.removeprefix(f"{name}: ")
    head = f"{error.status_code} {name}"
    if text.startswith(head):
        text = f"{error.status_code} {_phrase(error.status_code)}" + text[len(head) :]
    return text


def describe(exc: BaseException) -> tuple[str, int]:
    """The stderr line (without ``error:``) and the exit code for a failure."""
    from .._errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        OpenRouterError,
        StreamError,
    )

    if isinstance(exc, UsageError):
        return str(exc), EXIT_USAGE
    if isinstance(exc, StreamError):
        if exc.status_code is None and exc.code is None:
            # No error event: the connection broke, went silent or ended early.
            return f"stream failed: {exc.message}", EXIT_CONNECTION
        return f"stream failed: {_api_line(exc)}", EXIT_API_ERROR
    if isinstance(exc, APIError):
        line = _api_line(exc)
        if exc.status_code == 401:
            line += " (check OPENROUTER_API_KEY or --api-key)"
        return line, EXIT_API_ERROR
    if isinstance(exc, APITimeoutError):
        return f"timed out: {exc.message} (raise --timeout?)", EXIT_CONNECTION
    if isinstance(exc, APIConnectionError):
        return (
            f"could not reach OpenRouter: {exc.message} (check --base-url/OPENROUTER_BASE_URL "
            "and your network)",
            EXIT_CONNECTION,
        )
    if isinstance(exc, OpenRouterError):
        return str(exc), EXIT_API_ERROR
    return (
        f"unexpected {type(exc).__name__}: {exc} (set {DEBUG_ENV}=1 to see the traceback)",
        EXIT_API_ERROR,
    )


def report(exc: BaseException) -> int:
    """Print ``error: ...`` for ``exc`` on stderr; return its exit code."""
    line, code = describe(exc)
    if os.environ.get(DEBUG_ENV) and _unexpected(exc):
        raise exc
    print(f"error: {line}", file=sys.stderr, flush=True)
    return code


def _unexpected(exc: BaseException) -> bool:
    from .._errors import OpenRouterError

    return not isinstance(exc, (OpenRouterError, UsageError))


def run_quietly(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; failures become one stderr line and an exit code."""
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr, flush=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # stdout went away (``| head``): stop quietly; point stdout at nothing so the
        # interpreter's final flush does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        return report(exc)
