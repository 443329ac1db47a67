"""Lazy iteration over paged list operations, sync and async.

The spec pages lists two ways: ``offset``/``limit`` (with ``total_count`` in most answers) and an
opaque ``cursor`` (``GET /files``; provider-backed file lists page OpenAI- or Anthropic-style with
``has_more``/``last_id``). Which way an operation pages is read from its generated
``build_request`` signature. A pager sends nothing until it is iterated, then fetches one page at a
time as the items run out. ``next_args`` decides how a page advances; both pagers call it.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, TypeVar, overload

from .._request import Operation, operation_call, read_page

if TYPE_CHECKING:
    import httpx

    from .._options import RequestOptions
    from .._request import Call

T = TypeVar("T")
P = ParamSpec("P")
PageKind = Literal["offset", "cursor"]

__all__ = ["AsyncPager", "Page", "Pager", "next_args", "page_kind", "paginate"]


class Page(Generic[T]):
    """One fetched page: its ``items``, the decoded page ``parsed`` and its JSON ``raw``."""

    __slots__ = ("args", "items", "parsed", "raw")

    def __init__(self, items: list[T], parsed: Any, raw: Any, args: dict[str, Any]) -> None:
        self.items = items
        self.parsed = parsed
        self.raw = raw
        self.args = args  # the arguments that fetched this page

    def __repr__(self) -> str:
        return f"<Page of {len(self.items)} items, args={self.args!r}>"


@cache
def _parameters(build_request: Callable[..., Any]) -> Mapping[str, inspect.Parameter]:
    return inspect.signature(build_request).parameters


def page_kind(op: Operation[Any]) -> PageKind | None:
    """How ``op`` pages, from the query parameters its ``build_request`` takes."""
    parameters = _parameters(op.build_request)
    if "cursor" in parameters:
        return "cursor"
    if "offset" in parameters:
        return "offset"
    return None


def page_size(op: Operation[Any], args: Mapping[str, Any]) -> int | None:
    """The ``limit`` a request sends: the caller's, else the spec default the module fills in."""
    limit = args.get("limit")
    if isinstance(limit, int):
        return limit
    parameter = _parameters(op.build_request).get("limit")
    default = parameter.default if parameter is not None else None
    return default if isinstance(default, int) and not isinstance(default, bool) else None


def page_items(parsed: Any, raw: Any) -> list[Any]:
    """A page's items: typed from the decoded page when the spec types it, else the JSON."""
    if not isinstance(parsed, Mapping):
        data = getattr(parsed, "data", None)
        if isinstance(data, list):
            return data
    items = raw.get("data") if isinstance(raw, Mapping) else None
    return items if isinstance(items, list) else []


def next_args(
    kind: PageKind, args: dict[str, Any], raw: Any, count: int, size: int | None
) -> dict[str, Any] | None:
    """The arguments of the page after one that gave ``count`` items, or None at the end."""
    if not isinstance(raw, Mapping):
        return None
    if kind == "offset":
        if count == 0:
            return None
        offset = (args.get("offset") or 0) + count
        total = raw.get("total_count")
        if isinstance(total, int) and not isinstance(total, bool):
            # The count is exact where a server caps pages below the limit asked for.
            return {**args, "offset": offset} if offset < total else None
        if size is not None and count < size:
            return None
        return {**args, "offset": offset}
    following = {k: v for k, v in args.items() if k not in ("cursor", "after", "after_id")}
    if "cursor" in raw:  # OpenRouter storage: an opaque cursor, null at the end
        cursor = raw.get("cursor")
        if not cursor or cursor == args.get("cursor") or raw.get("has_more") is False:
            return None
        return {**following, "cursor": cursor}
    last = raw.get("last_id")
    if raw.get("has_more") is True and last and count:
        # OpenAI-shaped lists (``object: "list"``) continue with ``after``, Anthropic's with
        # ``after_id``.
        key = "after" if raw.get("object") == "list" else "after_id"
        if args.get(key) != last:
            return {**following, key: last}
    return None


def _page(op: Operation[Any], args: dict[str, Any], response: httpx.Response) -> Page[Any]:
    parsed, raw = read_page(op, response)
    return Page(page_items(parsed, raw), parsed, raw, args)


class _PagerBase(Generic[T]):
    def __init__(
        self,
        op: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> None:
        kind = page_kind(op)
        if kind is None:
            raise TypeError(f"{op.METHOD} {op.PATH} is not a paged operation (no offset or cursor)")
        self._op = op
        self._kind: PageKind = kind
        self._args = {k: v for k, v in args.items() if v is not None}
        self._options = options

    def _advance(self, page: Page[Any]) -> dict[str, Any] | None:
        size = page_size(self._op, page.args)
        return next_args(self._kind, page.args, page.raw, len(page.items), size)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._op.PATH} {self._args!r}>"


class Pager(_PagerBase[T]):
    """Items of a paged list, fetched a page at a time while you iterate (blocking).

    ``for item in pager`` walks every item; ``pager.pages()`` yields whole ``Page`` objects;
    ``pager.first_page()`` fetches just one. Nothing is sent before iteration starts.
    """

    def __init__(
        self,
        send: Callable[[Call], httpx.Response],
        op: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> None:
        super().__init__(op, args, options)
        self._send = send

    def _fetch(self, args: dict[str, Any]) -> Page[T]:
        response = self._send(operation_call(self._op, args, self._options))
        return _page(self._op, args, response)

    def first_page(self) -> Page[T]:
        return self._fetch(self._args)

    def pages(self) -> Iterator[Page[T]]:
        args: dict[str, Any] | None = self._args
        while args is not None:
            page = self._fetch(args)
            yield page
            args = self._advance(page)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPager(_PagerBase[T]):
    """Items of a paged list, fetched a page at a time while you ``async for`` (awaitable).

    ``await pager`` gives the first ``Page``; ``pager.pages()`` yields every page.
    """

    def __init__(
        self,
        send: Callable[[Call], Awaitable[httpx.Response]],
        op: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> None:
        super().__init__(op, args, options)
        self._send = send

    async def _fetch(self, args: dict[str, Any]) -> Page[T]:
        response = await self._send(operation_call(self._op, args, self._options))
        return _page(self._op, args, response)

    async def first_page(self) -> Page[T]:
        return await self._fetch(self._args)

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    async def pages(self) -> AsyncIterator[Page[T]]:
        args: dict[str, Any] | None = self._args
        while args is not None:
            page = await self._fetch(args)
            yield page
            args = self._advance(page)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item


@overload
def paginate(
    method: Callable[P, Awaitable[Any]], /, *args: P.args, **kwargs: P.kwargs
) -> AsyncPager[Any]: ...


@overload
def paginate(method: Callable[P, Any], /, *args: P.args, **kwargs: P.kwargs) -> Pager[Any]: ...


def paginate(
    method: Callable[..., Any], /, *args: Any, **kwargs: Any
) -> Pager[Any] | AsyncPager[Any]:
    """A lazy pager over any paged operation of ``client.api``, with that client's auth, retries
    and errors: ``for ws in paginate(client.api.workspaces.list_workspaces, limit=100): ...``.

    A method of ``OpenRouter().api`` gives a ``Pager``, one of ``AsyncOpenRouter().api`` an
    ``AsyncPager``. Arguments are the method's own (type-checked against it).
    """
    from .._base_client import BaseClient

    api = getattr(method, "__self__", None)
    client = getattr(getattr(api, "_invoke", None), "__self__", None)
    if api is None or not isinstance(client, BaseClient):
        raise TypeError(
            "paginate() takes a paged method of client.api, e.g. client.api.guardrails.list_guardrails"
        )
    from importlib import import_module

    op: Operation[Any] = import_module(f"{type(api).__module__}.{method.__name__}")
    bound = inspect.signature(method).bind(*args, **kwargs).arguments
    if inspect.iscoroutinefunction(method):
        return AsyncPager(client.send, op, bound)  # type: ignore[attr-defined]
    return Pager(client.send, op, bound)  # type: ignore[attr-defined]
