"""Chat completion tests: the shared ``run``/``mock`` fixtures, and stream helpers that work
with either client (``with`` for ``OpenRouter``, ``async with`` for ``AsyncOpenRouter``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from openrouter_client import AsyncOpenRouter, OpenRouter
from openrouter_client.testing import MockOpenRouter
from tests.resources import conftest as shared
from tests.resources.conftest import Run

# The resource tests' fixtures, by name: a started mock, and one test body run per client kind.
mock = shared.mock
run = shared.run
anyio_backend = shared.anyio_backend

MODEL = "openai/gpt-4o-mini"
HI = [{"role": "user", "content": "Hi"}]


@asynccontextmanager
async def opened(run: Run, **params: Any) -> AsyncIterator[Any]:
    """``create(stream=True, ...)`` inside the stream's own ``with``/``async with``."""
    params.setdefault("model", MODEL)
    params.setdefault("messages", HI)
    stream = await run(lambda c: c.chat.completions.create(stream=True, **params))
    if run.is_async:
        async with stream:
            yield stream
    else:
        with stream:
            yield stream


async def create(run: Run, **params: Any) -> Any:
    """A non-streamed ``create`` with a default model and conversation."""
    params.setdefault("model", MODEL)
    params.setdefault("messages", HI)
    return await run(lambda c: c.chat.completions.create(**params))


@pytest.fixture
async def make_client(mock: MockOpenRouter, run: Run) -> AsyncIterator[Any]:
    """``make_client(**options)``: another client of the kind ``run`` uses, closed at the end."""
    made: list[Run] = []

    def make(**options: Any) -> Run:
        options.setdefault("base_url", mock.base_url)
        options.setdefault("max_retries", 0)
        cls = AsyncOpenRouter if run.is_async else OpenRouter
        runner = Run(cls(**options))
        made.append(runner)
        return runner

    yield make
    for runner in made:
        await runner.close()
