"""A client library for accessing OpenRouter API"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        # The client module imports httpx (~100 ms); load it only when a client is asked for.
        if name in ("AuthenticatedClient", "Client"):
            from . import client

            return getattr(client, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AuthenticatedClient",
    "Client",
)
