"""Base classes of the resources: a client, and the bound ways a resource sends a call.

A resource turns its arguments into a ``Call`` (``operation_call``) and sends it through the
client's public ``send``; answers are decoded by ``read_result``, the request layer's one
decoder. Nothing here touches the client's private state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from .._request import Call, Operation, operation_call, read_result

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Mapping

    import httpx

    from .. import AsyncOpenRouter, OpenRouter
    from .._options import RequestOptions

__all__ = ["AsyncAPIResource", "Operation", "SyncAPIResource", "streamed_call"]

R = TypeVar("R")


def streamed_call(
    op: Operation[Any],
    args: Mapping[str, Any],
    options: RequestOptions | None,
    accept: str | None,
) -> Call:
    """``op`` opened without reading its body; ``accept`` replaces the media types the spec
    lists (a speech answer is ``audio/mpeg`` where the spec says ``application/octet-stream``).
    A call's own ``extra_headers`` still win."""
    call = operation_call(op, args, options, stream=True)
    if accept is not None:
        call.headers = {**(call.headers or {}), "Accept": accept}
    return call


class SyncAPIResource:
    """Base of the blocking resources."""

    __slots__ = ("_client", "_send")

    def __init__(self, client: OpenRouter) -> None:
        self._client = client
        self._send: Callable[[Call], httpx.Response] = client.send

    def _request(
        self, op: Operation[R], args: Mapping[str, Any], options: RequestOptions | None = None
    ) -> R:
        """Send ``op`` with ``args``; the decoded answer."""
        return read_result(op, self._send(operation_call(op, args, options)))

    def _open(
        self,
        op: Operation[Any],
        args: Mapping[str, Any],
        options: RequestOptions | None = None,
        *,
        accept: str | None = None,
    ) -> httpx.Response:
        """Send ``op`` with ``args`` and return the response unread (a stream, or a binary body
        asked for as ``accept``)."""
        return self._send(streamed_call(op, args, options, accept))


class AsyncAPIResource:
    """Base of the awaitable resources: the same calls as ``SyncAPIResource``, awaited."""

    __slots__ = ("_client", "_send")

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client
        self._send: Callable[[Call], Awaitable[httpx.Response]] = client.send

    async def _request(
        self, op: Operation[R], args: Mapping[str, Any], options: RequestOptions | None = None
    ) -> R:
        """Send ``op`` with ``args``; the decoded answer."""
        return read_result(op, await self._send(operation_call(op, args, options)))

    async def _open(
        self,
        op: Operation[Any],
        args: Mapping[str, Any],
        options: RequestOptions | None = None,
        *,
        accept: str | None = None,
    ) -> httpx.Response:
        """Send ``op`` with ``args`` and return the response unread (a stream, or a binary body
        asked for as ``accept``)."""
        return await self._send(streamed_call(op, args, options, accept))
