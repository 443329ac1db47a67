"""Fault tests run against ``MockOpenRouter`` over real sockets, each body once with
``OpenRouter`` and once with ``AsyncOpenRouter`` (the ``run`` fixture of tests/resources).

Retry waits are recorded rather than slept (``sleeps``), so a test can assert how long the client
decided to wait (a server's ``Retry-After``) without taking that long or measuring time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from openrouter_client import _errors, user
from tests.resources.conftest import API_KEY, Run, mock, run

__all__ = [
    "API_KEY",
    "CHAT",
    "MODEL",
    "Run",
    "answer",
    "ask",
    "assert_key_hidden",
    "collect",
    "mock",
    "run",
    "text_of",
]

MODEL = "openai/gpt-4o-mini"
CHAT = "/chat/completions"


def _chain(error: BaseException) -> Iterator[BaseException]:
    """``error`` and every exception it was raised from or during, however deep."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend(e for e in (current.__cause__, current.__context__) if e is not None)


@pytest.fixture(autouse=True)
def key_shown_nowhere(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> Iterator[list[BaseException]]:
    """Every fault test runs with logging at DEBUG (httpx, httpcore, ours) and records each
    error this client makes; afterwards, no log line and no part of any such error (message,
    repr, args, attributes, the whole __cause__/__context__ chain, its traceback) holds the
    API key. Checked without printing the key should it be there."""
    made: list[BaseException] = []
    original = _errors.OpenRouterError.__init__

    def recording_init(self: BaseException, *args: Any, **kwargs: Any) -> None:
        made.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(_errors.OpenRouterError, "__init__", recording_init)
    caplog.set_level(logging.DEBUG)
    yield made
    assert_key_hidden(made, caplog.records)


def assert_key_hidden(errors: list[BaseException], records: list[logging.LogRecord]) -> None:
    import traceback

    for record in records:
        assert API_KEY not in record.getMessage(), f"the key is in a {record.name} log line"
    for error in errors:
        for link in _chain(error):
            shown = f"{link!s} {link!r} {link.args!r} {vars(link)!r}"
            shown += "".join(traceback.format_exception(link))
            leaked = API_KEY in shown
            assert not leaked, f"the key is shown by a {type(link).__name__} in a chain"


async def ask(run: Run, *, stream: bool, client: Any = None, **params: Any) -> Any:
    """``chat.completions.create`` with a one-message conversation: the result, or the stream."""
    params.setdefault("model", MODEL)
    params.setdefault("messages", [user("Hi")])
    target = run.client if client is None else client
    result = target.chat.completions.create(stream=stream, **params)
    return await result if run.is_async else result


async def collect(run: Run, stream: Any) -> list[Any]:
    """Every chunk of ``stream``, inside its ``with`` block (so it is closed either way)."""
    if run.is_async:
        async with stream:
            return [chunk async for chunk in stream]
    with stream:
        return list(stream)


async def answer(run: Run, *, stream: bool, **params: Any) -> str:
    """The answer's text, whole or streamed (then from the stream's assembled completion)."""
    result = await ask(run, stream=stream, **params)
    if stream and run.is_async:
        async with result:
            result = await result.get_final_completion()
    elif stream:
        with result:
            result = result.get_final_completion()
    content = result.choices[0].message.content
    assert isinstance(content, str)
    return content


def text_of(chunks: list[Any]) -> str:
    """The content text carried by a list of chat chunks."""
    return "".join(
        chunk.choices[0].delta.content or ""
        for chunk in chunks
        if chunk.choices and isinstance(chunk.choices[0].delta.content, str)
    )
