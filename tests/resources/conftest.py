"""The resource tests run against ``MockOpenRouter`` (a real local server over sockets), once
with ``OpenRouter`` and once with ``AsyncOpenRouter`` (the ``run`` fixture)."""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from openrouter_client import AsyncOpenRouter, OpenRouter
from openrouter_client.testing import MockOpenRouter, Reply, replies
from tests.conftest import SAMPLES

API_KEY = "sk-or-v1-test-key-0123456789"


def sample(name: str) -> Any:
    """A docs sample, parsed (a fresh copy each time)."""
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"))


def sample_text(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def sse_text(text: str) -> Reply:
    """A verbatim SSE body (e.g. a docs sample), one event per send, nothing added."""
    events = [part.encode() + b"\n\n" for part in text.strip().split("\n\n")]
    return replies.sse(events, done=False)


def as_json(value: Any) -> Any:
    """A decoded result as JSON again: generated models via ``to_dict``, JSON as it is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if to_dict is not None else value


@pytest.fixture
def mock() -> Iterator[MockOpenRouter]:
    """A started mock; a handler that raised fails the test (as the plugin's fixture does)."""
    with MockOpenRouter() as server:
        yield server
    assert not server.errors, f"MockOpenRouter handler error(s): {server.errors!r}"


class Run:
    """One client (sync or async) and helpers that make a test body work with either."""

    def __init__(self, client: OpenRouter | AsyncOpenRouter) -> None:
        self.client = client
        self.is_async = isinstance(client, AsyncOpenRouter)

    async def __call__(self, call: Callable[[Any], Any]) -> Any:
        """``call(client)``, awaited when the client is async."""
        result = call(self.client)
        return await result if inspect.isawaitable(result) else result

    async def list(self, iterable: Any) -> list[Any]:
        if hasattr(iterable, "__aiter__"):
            return [item async for item in iterable]
        return list(iterable)

    async def next(self, iterator: Any) -> Any:
        if hasattr(iterator, "__anext__"):
            return await iterator.__anext__()
        return next(iterator)

    def iter(self, iterable: Any) -> Any:
        return iterable.__aiter__() if hasattr(iterable, "__aiter__") else iter(iterable)

    async def close(self) -> None:
        result = self.client.close()
        if inspect.isawaitable(result):
            await result


@pytest.fixture(params=["sync", "async"])
async def run(request: pytest.FixtureRequest, mock: MockOpenRouter) -> AsyncIterator[Run]:
    cls = OpenRouter if request.param == "sync" else AsyncOpenRouter
    runner = Run(cls(api_key=API_KEY, base_url=mock.base_url, timeout=10.0, max_retries=2))
    try:
        yield runner
    finally:
        await runner.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
