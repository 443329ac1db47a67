"""``client.batch``: bulk runs from Python, on either client.

The engine is asynchronous; the blocking ``Batch.run`` runs it on an event loop of its own, with an
``AsyncOpenRouter`` made from the same options (key, base URL, timeouts, headers).
``AsyncBatch.run`` uses the client it is called on.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from ._engine import DEFAULT_CONCURRENCY, DEFAULT_MAX_ATTEMPTS, run_batch
from ._lines import count_lines
from ._progress import BatchSummary, ProgressLine

if TYPE_CHECKING:
    from .._client import AsyncOpenRouter, OpenRouter

__all__ = ["AsyncBatch", "Batch"]

Requests: TypeAlias = "str | os.PathLike[str] | Iterable[Mapping[str, Any]]"
Progress: TypeAlias = "bool | Callable[[BatchSummary], None]"


def _reporter(
    progress: Progress,
) -> tuple[Callable[[BatchSummary], None] | None, ProgressLine | None]:
    if progress is True:
        line = ProgressLine()
        return line.show, line
    if progress is False or progress is None:
        return None, None
    if not callable(progress):
        raise TypeError(
            f"progress must be True, False or a callable, not {type(progress).__name__}"
        )
    return progress, None


class AsyncBatch:
    """``AsyncOpenRouter.batch``."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def run(
        self,
        requests: Requests,
        output: str | os.PathLike[str],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        rate: float | None = None,
        max_cost: float | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        retry_failed: bool = False,
        check: bool = True,
        progress: Progress = False,
    ) -> BatchSummary:
        """Send every request of ``requests`` (an OpenAI Batch JSONL file, or dicts of its
        lines) that ``output`` does not hold yet; one result line per ``custom_id`` is appended
        to ``output`` as each answer arrives, so running it again after a crash sends only what
        is missing.

        ``concurrency``: requests in flight at most. ``rate``: requests per second, if you know
        your limit (otherwise it is discovered: slow start, then AIMD on 429s). ``max_cost``:
        stop sending once the answers' ``usage.cost`` adds up to this many USD (what is in
        flight still lands). ``max_attempts``: tries per request for network errors and
        retryable statuses (429s are always retried and not counted). ``retry_failed``: send
        again the requests whose earlier result is an error. ``check``: a body the spec refuses
        (a wrong JSON type, a value outside a closed enum, a message without a valid role) gets
        an ``invalid_request`` result line and is not sent; ``check=False`` sends it anyway.
        ``progress``: True for a live line on stderr, or a callable given the ``BatchSummary``
        twice a second.

        Requests go out on lean keep-alive HTTP/1.1 connections of their own (``_wire``), with
        this client's headers, timeouts and errors; a client made with ``http_client=``, or
        proxies in the environment, send through httpx instead (its pool, 100 connections by
        default, then bounds the concurrency too).
        """
        report, line = _reporter(progress)
        total = count_lines(requests)  # one fast pass over the bytes, for ETA and summary
        summary = await run_batch(
            self._client, requests, output,
            concurrency=concurrency, rate=rate, max_cost=max_cost, max_attempts=max_attempts,
            retry_failed=retry_failed, check=check, progress=report, total=total,
        )  # fmt: skip
        if line is not None:
            line.finish(summary)
        return summary


class Batch:
    """``OpenRouter.batch``: the same as ``AsyncBatch.run``, blocking until the run ends."""

    __slots__ = ("_client",)

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def run(
        self,
        requests: Requests,
        output: str | os.PathLike[str],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        rate: float | None = None,
        max_cost: float | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        retry_failed: bool = False,
        check: bool = True,
        progress: Progress = False,
    ) -> BatchSummary:
        """See ``AsyncBatch.run``. Not callable from inside a running event loop (use
        ``AsyncOpenRouter`` there)."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError(
                "client.batch.run blocks, and an event loop is running here: use "
                "`await AsyncOpenRouter(...).batch.run(...)` instead"
            )
        options = dict(concurrency=concurrency, rate=rate, max_cost=max_cost,
                       max_attempts=max_attempts, retry_failed=retry_failed, check=check,
                       progress=progress)  # fmt: skip
        return asyncio.run(self._run(requests, output, options))

    async def _run(
        self,
        requests: Requests,
        output: str | os.PathLike[str],
        options: dict[str, Any],
    ) -> BatchSummary:
        from .._client import AsyncOpenRouter

        async with AsyncOpenRouter(**self._client.options) as client:
            return await AsyncBatch(client).run(requests, output, **options)
