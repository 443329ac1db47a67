"""The engine of a bulk run: requests in, one paced dispatcher, answers into the journal.

One task reads the input lazily and dispatches each request when the concurrency cap and the
shared ``Pacer`` allow; each request is its own task, which writes its result line as soon as the
answer is in. What is retried, and how:

- 429: always (a 429 never ends a run), after the pause the server asked for, which holds every
  request back, not only this one; it does not count as an attempt;
- connection failures, timeouts and the statuses the client retries (408, 409, 5xx...): up to
  ``max_attempts`` in all, with backoff for this request only; the others keep going;
- anything else (400, 401, 402, an answer that is not JSON...): recorded on its line at once.

The client's own retry loop is not used: the engine must see each 429 to pace the run. Requests
go out on a ``Wire`` (``_wire``) with the client's headers, timeouts and error mapping. A backend for OpenRouter's asynchronous Batch API can take the same
requests and write the same lines (see the package docstring).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .. import _json
from .._errors import APIConnectionError, APIError, APITimeoutError, payload_error
from .._retry import is_retryable_exception, plan_retry, retry_after_seconds
from ._journal import Journal
from ._lines import BatchInputError, BatchRequest, error_line, read_requests, result_line
from ._pacer import Pacer
from ._progress import BatchSummary
from ._wire import Wire, wire_for

if TYPE_CHECKING:
    from .._client import AsyncOpenRouter

__all__ = ["Budget", "run_batch"]

DEFAULT_CONCURRENCY = 64
DEFAULT_MAX_ATTEMPTS = 5


def rate_limit_wait(headers: Any, now: float | None = None) -> float | None:
    """Seconds a 429 asks to wait: ``X-RateLimit-Reset`` (OpenRouter's, epoch milliseconds; more
    precise than ``Retry-After``'s whole seconds), else ``retry-after-ms`` / ``Retry-After``."""
    reset = headers.get("x-ratelimit-reset") if headers else None
    if reset is not None:
        try:
            value = float(reset)
        except ValueError:
            value = float("nan")
        if value == value:  # not NaN
            now = time.time() if now is None else now
            if value > 1e11:  # epoch milliseconds
                return max(0.0, value / 1000.0 - now)
            if value > 1e9:  # epoch seconds
                return max(0.0, value - now)
            return max(0.0, value)  # seconds from now
    return retry_after_seconds(headers) if headers else None


class Budget:
    """What a run may spend, in USD: sending stops once the answers' ``usage.cost`` adds up to
    ``limit`` (None: no limit). The Ray path's subclass adds up the whole cluster's answers."""

    def __init__(self, limit: float | None = None) -> None:
        if limit is not None:
            _check_positive("max_cost", limit)
        self.limit = limit
        self.spent = 0.0

    def add(self, cost: float) -> None:
        self.spent += cost

    def over(self) -> bool:
        return self.limit is not None and self.spent >= self.limit


class _Run:
    """The state of one run: what is in flight, waiting to be retried, and the counts."""

    def __init__(
        self,
        wire: Wire,
        journal: Journal,
        summary: BatchSummary,
        pacer: Pacer,
        *,
        concurrency: int,
        max_attempts: int,
        budget: Budget,
    ) -> None:
        self.wire = wire
        self.journal = journal
        self.summary = summary
        self.pacer = pacer
        self.max_attempts = max_attempts
        self.budget = budget
        self.slots = asyncio.Semaphore(concurrency)
        self.tasks: set[asyncio.Task[None]] = set()
        self.retries: list[tuple[float, int, BatchRequest, int]] = []  # (ready at, seq, req, tries)
        self.order = itertools.count()
        self.changed = asyncio.Event()
        self.seen: set[str] = set()  # custom_ids of this run's input (a repeat is an input error)

    def pending(self, requests: Iterable[BatchRequest]) -> Iterator[BatchRequest]:
        finished = self.journal.finished
        seen = self.seen
        for request in requests:
            custom_id = request.custom_id
            if custom_id in seen:
                where = f"line {request.line}: " if request.line else ""
                raise BatchInputError(
                    f"{where}custom_id {custom_id!r} appears twice in the input (results are "
                    "matched by custom_id, so each must be unique)"
                )
            seen.add(custom_id)
            if custom_id in finished:
                self.summary.skipped += 1
                continue
            yield request

    async def dispatch(self, requests: Iterator[BatchRequest]) -> None:
        loop = asyncio.get_running_loop()
        pacer = self.pacer
        source: Iterator[BatchRequest] | None = requests
        over = self.budget.over
        while not over():
            item = self._ready_retry(loop.time())
            if item is None and source is not None:
                request = next(source, None)
                if request is None:
                    source = None
                else:
                    item = (request, 0)
            if item is None:
                if not self.tasks and not self.retries:
                    return
                self.changed.clear()
                wait = self.retries[0][0] - loop.time() if self.retries else None
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.changed.wait(), wait)
                continue
            request, tries = item
            if request.problem is not None:
                self._record(error_line(request.custom_id, "invalid_request", request.problem))
                continue
            await self.slots.acquire()
            while (wait := pacer.wait_time(loop.time())) > 0:
                await asyncio.sleep(wait)
            if over():  # answers that came in while waiting spent it
                self.slots.release()
                break
            now = loop.time()
            pacer.take(now)
            task = loop.create_task(self.send(request, tries, now))
            self.tasks.add(task)
            task.add_done_callback(self._done)
        self.summary.stopped = "max_cost"

    def _ready_retry(self, now: float) -> tuple[BatchRequest, int] | None:
        if self.retries and self.retries[0][0] <= now:
            _, _, request, tries = heapq.heappop(self.retries)
            return request, tries
        return None

    def _retry_later(self, request: BatchRequest, tries: int, delay: float) -> None:
        ready = asyncio.get_running_loop().time() + delay
        heapq.heappush(self.retries, (ready, next(self.order), request, tries))
        self.summary.retried += 1

    def _done(self, task: asyncio.Task[None]) -> None:
        self.tasks.discard(task)
        self.slots.release()
        self.changed.set()

    def _record(self, line: bytes, ok: bool = False) -> None:
        self.journal.write(line)
        if ok:
            self.summary.succeeded += 1
        else:
            self.summary.failed += 1

    async def send(self, request: BatchRequest, tries: int, sent_at: float) -> None:
        summary = self.summary
        summary.sent += 1
        summary.in_flight += 1
        try:
            status, _, content = await self.wire.send(request.method, request.path, request.body)
        except APIError as exc:
            self._failed(request, tries, sent_at, exc)
            return
        except APIConnectionError as exc:
            self._unanswered(request, tries, exc)
            return
        finally:
            summary.in_flight -= 1
        self.pacer.on_success(sent_at, asyncio.get_running_loop().time())
        try:
            data = _json.loads_body(content)
        except ValueError:
            excerpt = content[:200].decode("utf-8", "replace")
            self._record(
                error_line(
                    request.custom_id, "invalid_json", "the answer is not JSON", status, excerpt
                )
            )
            return
        error = payload_error(data, status_code=status) if isinstance(data, dict) else None
        if error is not None:
            if tries + 1 < self.max_attempts and is_retryable_exception(error):
                self._retry_later(request, tries + 1, _backoff(tries))
                return
            code = str(error.code if error.code is not None else status)
            self._record(error_line(request.custom_id, code, error.message, status, data))
            return
        if isinstance(data, dict):
            before = summary.cost
            summary.note_usage(data.get("usage"))
            self.budget.add(summary.cost - before)
        self._record(result_line(request.custom_id, status, data, content), ok=True)

    def _failed(self, request: BatchRequest, tries: int, sent_at: float, exc: APIError) -> None:
        now = asyncio.get_running_loop().time()
        if exc.status_code == 429:
            self.summary.rate_limited += 1
            wait = rate_limit_wait(exc.headers)
            self.pacer.on_limited(sent_at, now, 1.0 if wait is None else wait)
            self._retry_later(request, tries, 0.0)  # goes out once the pause is over
            return
        self.pacer.on_success(sent_at, now)
        if tries + 1 < self.max_attempts and is_retryable_exception(exc):
            delay = plan_retry(tries, self.max_attempts, exc=exc)
            self._retry_later(request, tries + 1, _backoff(tries) if delay is None else delay)
            return
        code = str(exc.status_code if exc.status_code is not None else exc.code)
        self._record(error_line(request.custom_id, code, exc.message, exc.status_code, exc.body))

    def _unanswered(self, request: BatchRequest, tries: int, exc: APIConnectionError) -> None:
        if tries + 1 < self.max_attempts:
            self._retry_later(request, tries + 1, _backoff(tries))
            return
        code = "timeout" if isinstance(exc, APITimeoutError) else "connection_error"
        self._record(error_line(request.custom_id, code, exc.message))


def _backoff(tries: int) -> float:
    import random

    return random.random() * min(30.0, 0.5 * 2.0**tries)


async def run_batch(
    client: AsyncOpenRouter,
    requests: str | Any,
    output: str | os.PathLike[str] | Journal,
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    rate: float | None = None,
    max_cost: float | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    retry_failed: bool = False,
    check: bool = True,
    progress: Callable[[BatchSummary], None] | None = None,
    progress_every: float = 0.5,
    total: int | None = None,
    pacer: Pacer | None = None,
    budget: Budget | None = None,
) -> BatchSummary:
    """Send every request of ``requests`` not yet in ``output``; see ``client.batch.run``.
    ``pacer`` and ``budget``, when given, are shared with other runs (the Ray path's)."""
    _check_positive("concurrency", concurrency, integer=True)
    _check_positive("max_attempts", max_attempts, integer=True)
    budget = budget or Budget(max_cost)
    pacer = pacer or Pacer(fixed=rate)
    # A Journal given (the Ray step keeps one part file open across its blocks) stays open.
    owned = not isinstance(output, Journal)
    journal = output if isinstance(output, Journal) else Journal(output, retry_failed=retry_failed)
    summary = BatchSummary(output=journal.path, total=total)
    wire = wire_for(client)
    run = _Run(
        wire, journal, summary, pacer,
        concurrency=concurrency, max_attempts=max_attempts, budget=budget,
    )  # fmt: skip
    ticker = None
    if progress is not None:
        ticker = asyncio.get_running_loop().create_task(
            _tick(progress, summary, pacer, progress_every)
        )
    try:
        await run.dispatch(run.pending(read_requests(requests, check=check)))
    finally:
        # Whatever ended the dispatch (the end of the input, the budget, a bad line, Ctrl-C),
        # what is in flight finishes and lands in the journal first, unless cancelled.
        if run.tasks:
            await asyncio.gather(*run.tasks, return_exceptions=True)
        if ticker is not None:
            ticker.cancel()
        if owned:
            journal.close()
        await wire.close()
        summary.elapsed = time.monotonic() - summary.started
        summary.rate = pacer.rate
    return summary


async def _tick(
    progress: Callable[[BatchSummary], None], summary: BatchSummary, pacer: Pacer, every: float
) -> None:
    while True:
        summary.elapsed = time.monotonic() - summary.started
        summary.rate = pacer.rate
        progress(summary)
        await asyncio.sleep(every)


def _check_positive(name: str, value: Any, *, integer: bool = False) -> None:
    kinds = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or not value > 0:
        kind = "a positive integer" if integer else "a positive number"
        raise ValueError(f"{name} must be {kind}, not {value!r}")
