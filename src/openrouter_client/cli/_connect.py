"""The client a command talks through, configured from the global options and environment."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from ._errors import UsageError

if TYPE_CHECKING:
    import argparse

    from .._client import OpenRouter

__all__ = ["KEY_ENV", "api_key", "open_client", "require_key"]

KEY_ENV = "OPENROUTER_API_KEY"
NO_KEY = (
    f"no API key: set {KEY_ENV} (create a key at https://openrouter.ai/settings/keys) "
    "or pass --api-key"
)


def api_key(args: argparse.Namespace) -> str | None:
    """``--api-key``, else ``$OPENROUTER_API_KEY``; an empty value counts as none."""
    return args.api_key or os.environ.get(KEY_ENV) or None


def require_key(args: argparse.Namespace) -> str:
    """The API key, or a ``UsageError`` saying where to put one."""
    key = api_key(args)
    if key is None:
        raise UsageError(NO_KEY)
    return key


def open_client(args: argparse.Namespace, *, need_key: bool = True) -> OpenRouter:
    """An ``OpenRouter`` client for ``args``; without a key, a ``UsageError`` saying where to
    put one (unless ``need_key`` is False: the model catalogue is public)."""
    key = require_key(args) if need_key else api_key(args)
    from .._client import OpenRouter
    from .._config import check_api_key

    options: dict[str, Any] = {}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    try:
        if key is not None:
            check_api_key(key, "--api-key" if args.api_key else f"${KEY_ENV}")
        return OpenRouter(api_key=key, base_url=args.base_url, **options)
    except (TypeError, ValueError) as exc:  # the messages never quote the key
        raise UsageError(str(exc)) from None
