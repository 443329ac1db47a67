"""Bulk runs on Ray Data: the same engine as a ``map_batches`` step, one rate budget per cluster.

``run_on_ray("requests.jsonl", "results.jsonl")`` reads the requests as a Ray Dataset (JSONL or
Parquet, or a ``ray.data.Dataset`` of your own), sends each block through ``run_batch`` in a
``OpenRouterStep`` actor and writes the same result lines as ``client.batch.run`` into
``results.jsonl``, one per ``custom_id``. ``OpenRouterStep`` is the building block for a pipeline
of your own: ``ds.map_batches(OpenRouterStep, fn_constructor_kwargs=..., concurrency=N)``.

Why a shared pacer actor: a rate limit belongs to the key, not to a worker, so per-actor pacers
would multiply the rate by the number of actors. One named actor holds the ``Pacer`` (slow start,
AIMD, the pause after a 429) and every worker leases send slots from it a few at a time (about
50 ms of the cluster's rate per call: one actor call costs ~2 ms, too much per request), reporting
successes and 429s with its next lease. A worker that sees a 429 drops its unused slots at once.

Why part files: each step actor journals its answers into its own file in ``<results>.parts/``
(the same ``Journal``, one ``write`` per line), so a run killed at any moment keeps every answer
that arrived; the driver appends the lines coming out of the dataset to ``results`` and, on the
next start, first merges the parts into ``results`` (waiting for a killed run's workers to let
go of them), so finished ids are never sent again. On a multi-node cluster, ``results`` must be
on storage every node sees for that (else a crash re-sends the blocks that were not collected).

Ray is an optional extra: ``pip install 'openrouter-pyclient[ray]'``.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import glob
import json
import math
import os
import shutil
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any

try:
    import pyarrow
    import ray
    import ray.data
except ImportError as exc:  # pragma: no cover - the message is the point
    raise ImportError(
        "openrouter_client.batch.ray needs Ray Data: pip install 'openrouter-pyclient[ray]'"
    ) from exc

from .. import _json
from ._engine import DEFAULT_MAX_ATTEMPTS, Budget, run_batch
from ._journal import Journal, JournalError, _read_line
from ._lines import BatchInputError, count_lines, load_line
from ._pacer import Pacer
from ._progress import BatchSummary

__all__ = ["OpenRouterStep", "PacerActor", "SharedPacer", "run_on_ray", "shared_pacer"]

NAMESPACE = "openrouter_client"
LEASE_HORIZON = 0.05  # seconds of the cluster's rate one lease hands out at most
LEASE_MAX = 16
REPORT_EVERY = 0.1  # seconds between a worker's reports of what its answers cost


class PacerActor:
    """The cluster's one ``Pacer``, on its own clock (workers lease send slots from it), and the
    sum of what its answers cost (workers report it, for a budget across the cluster)."""

    def __init__(self, rate: float | None = None) -> None:
        self.pacer = Pacer(fixed=rate)
        self.succeeded = 0  # answers reported by the workers (not 429)
        self.limited = 0  # 429s reported
        self.cost = 0.0  # USD reported

    def spend(self, cost: float) -> float:
        """Add a worker's cost since its last report; the cluster's total so far."""
        self.cost += cost
        return self.cost

    def lease(
        self, want: int, succeeded: int, limited: list[tuple[float | None, float | None]]
    ) -> tuple[list[tuple[float, float]], float, float, float]:
        """Report what came back, get up to ``want`` slots: ([(slot, seconds from now)], rate,
        pause left, seconds until a slot frees when none was given)."""
        pacer, now = self.pacer, time.monotonic()
        self.succeeded += succeeded
        for _ in range(succeeded):
            pacer.on_success(now, now)
        for sent_at, wait in limited:
            self.limited += 1
            pacer.on_limited(now if sent_at is None else sent_at, now, wait)
        grants: list[tuple[float, float]] = []
        count = max(1, min(want, LEASE_MAX, int(pacer.rate * LEASE_HORIZON)))
        at = now
        while len(grants) < count:
            wait = pacer.wait_time(at)
            if wait > 0:
                if at + wait - now > LEASE_HORIZON:
                    break
                at += wait
            pacer.take(at)
            grants.append((at, at - now))
        pause = pacer.pause_left(now)
        retry_in = 0.0 if grants else max(0.001, pacer.wait_time(now))
        return grants, pacer.rate, pause, retry_in

    def stats(self) -> dict[str, float]:
        return {
            "succeeded": self.succeeded,
            "limited": self.limited,
            "rate": self.pacer.rate,
            "cost": self.cost,
        }


def shared_pacer(name: str, *, rate: float | None = None) -> Any:
    """The named ``PacerActor`` (created if missing) that every step of a run consults."""
    remote = ray.remote(num_cpus=0)(PacerActor)
    return remote.options(name=name, namespace=NAMESPACE, get_if_exists=True).remote(rate)


class SharedPacer(Pacer):
    """A worker's view of the ``PacerActor``: the ``Pacer`` the engine sees, fed by leases."""

    def __init__(self, actor: Any) -> None:
        super().__init__()
        self._actor = actor
        self._grants: deque[tuple[float, float]] = deque()  # (local time, the actor's time)
        self._central: dict[float, float] = {}  # local send time -> the slot's time
        self._succeeded = 0
        self._limited: list[tuple[float | None, float | None]] = []
        self._leasing: asyncio.Task[None] | None = None
        self._retry_at = -math.inf
        self._failure: BaseException | None = None

    def wait_time(self, now: float) -> float:
        if self._failure is not None:
            raise self._failure
        grants = self._grants
        while grants and grants[0][0] < now - 0.05:  # unused past its time: gone
            grants.popleft()
        wait = self._pause_until - now
        if grants:
            return max(wait, grants[0][0] - now)
        if now >= self._retry_at:
            self._lease()
        return max(wait, self._retry_at - now, 0.002)

    def take(self, now: float) -> None:
        if self._grants:
            self._central[now] = self._grants.popleft()[1]
        if len(self._grants) <= 1:
            self._lease()  # the next ones arrive before they are needed

    def on_success(self, sent_at: float, now: float) -> None:
        self._central.pop(sent_at, None)
        self._succeeded += 1

    def on_limited(self, sent_at: float, now: float, wait: float | None) -> None:
        self.limited += 1
        self._limited.append((self._central.pop(sent_at, None), wait))
        if wait is not None and wait > 0:
            self._pause_until = max(self._pause_until, now + wait)
        self._grants.clear()  # everyone pauses; the other workers hear of it at their next lease
        self._retry_at = -math.inf
        self._lease()

    def _lease(self) -> None:
        if self._leasing is None or self._leasing.done():
            self._leasing = asyncio.get_running_loop().create_task(self._ask())

    async def _ask(self) -> None:
        succeeded, limited = self._succeeded, self._limited
        self._succeeded, self._limited = 0, []
        try:
            grants, rate, pause, retry_in = await self._actor.lease.remote(
                LEASE_MAX, succeeded, limited
            )
        except BaseException as exc:
            self._failure = exc
            raise
        now = asyncio.get_running_loop().time()
        self._grants.extend((now + delay, at) for at, delay in grants)
        self.rate = rate
        self._pause_until = max(self._pause_until, now + pause)
        self._retry_at = now + retry_in

    async def flush(self) -> None:
        """Report what is left (the end of a block)."""
        if self._leasing is not None:
            with contextlib.suppress(Exception):
                await self._leasing
        if self._succeeded or self._limited:
            await self._actor.lease.remote(0, self._succeeded, self._limited)
            self._succeeded, self._limited = 0, []
        self._grants.clear()


class SharedBudget(Budget):
    """A worker's view of the cluster's budget: its answers' cost goes to the ``PacerActor``
    (one call in flight at a time, at most every ``REPORT_EVERY`` seconds), and the cluster's
    total that comes back, plus what is not reported yet, is held against ``limit``."""

    def __init__(self, actor: Any, limit: float | None) -> None:
        super().__init__(limit)
        self._actor = actor
        self._total = 0.0  # the cluster's spend, as of the last report
        self._unreported = 0.0
        self._reported_at = -math.inf
        self._reporting: asyncio.Task[None] | None = None
        self._failure: BaseException | None = None

    def add(self, cost: float) -> None:
        self._unreported += cost
        now = time.monotonic()
        if now - self._reported_at >= REPORT_EVERY and (
            self._reporting is None or self._reporting.done()
        ):
            self._reported_at = now
            self._reporting = asyncio.get_running_loop().create_task(self._report())

    def over(self) -> bool:
        if self.limit is None:
            return False
        if self._failure is not None:
            raise self._failure
        if self._total + self._unreported >= self.limit:
            return True
        if time.monotonic() - self._reported_at >= REPORT_EVERY:
            self.add(0.0)  # others may have spent it: ask
        return False

    async def _report(self) -> None:
        cost, self._unreported = self._unreported, 0.0
        try:
            self._total = await self._actor.spend.remote(cost)
        except BaseException as exc:
            self._failure = exc
            raise

    async def flush(self) -> None:
        """Report what is left (the end of a block)."""
        if self._reporting is not None:
            with contextlib.suppress(Exception):
                await self._reporting
        if self._unreported:
            await self._report()


class _Secret:
    """Client options that carry the key: never shown in a repr (Ray logs its arguments)."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.options = dict(options)

    def __repr__(self) -> str:
        return "<client options, api key hidden>"


class _Collected(Journal):
    """The step's journal: its part file (when there is one), and this block's lines."""

    def __init__(self, path: str | None) -> None:
        self.lines: list[bytes] = []
        if path is not None:
            super().__init__(path)
        else:
            self.path, self.finished, self._fd = "<ray block>", set(), -1

    def write(self, line: bytes) -> None:
        if self._fd >= 0:
            super().write(line)
        self.lines.append(line)


class OpenRouterStep:
    """A ``map_batches`` callable class: each block's requests through the bulk-run engine.

    In, a pyarrow block with a ``text`` column of request lines (``ray.data.read_text`` of an
    OpenAI Batch JSONL file) or columns ``custom_id``, ``body`` (an object, or its JSON text)
    and optionally ``method`` and ``url``. Out, ``custom_id`` and ``line``: the result line of
    ``client.batch.run`` (without its newline). Use ``batch_format="pyarrow"`` and a small
    ``num_cpus`` (the step waits on the network)::

        pacer = shared_pacer("my-run")
        out = ds.map_batches(OpenRouterStep, batch_format="pyarrow", concurrency=2, num_cpus=0.25,
                             fn_constructor_kwargs={"pacer": "my-run"})

    ``pacer``: the name of the run's ``shared_pacer`` (or its handle). ``client``: options for
    ``AsyncOpenRouter`` (else the worker's ``OPENROUTER_API_KEY`` / ``OPENROUTER_BASE_URL``).
    ``concurrency``: requests in flight per actor. ``max_cost``: stop sending once the answers
    of every step sharing ``pacer`` cost this many USD. ``check``: as for ``client.batch.run``.
    ``parts``: a folder for this actor's journal file. ``skip``: ids not to send (or
    ``[ray.put(ids)]``).
    """

    def __init__(
        self,
        *,
        pacer: Any,
        client: Mapping[str, Any] | _Secret | None = None,
        concurrency: int = 32,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        max_cost: float | None = None,
        check: bool = True,
        parts: str | None = None,
        skip: Iterable[str] | list[Any] | None = None,
    ) -> None:
        from .._client import AsyncOpenRouter

        if isinstance(client, _Secret):
            client = client.options
        actor = ray.get_actor(pacer, namespace=NAMESPACE) if isinstance(pacer, str) else pacer
        if isinstance(skip, list) and skip and isinstance(skip[0], ray.ObjectRef):
            skip = ray.get(skip[0])
        self._skip = frozenset(skip or ())
        self._concurrency = concurrency
        self._max_attempts = max_attempts
        self._check = check
        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._loop.run_forever, daemon=True).start()
        self._pacer = SharedPacer(actor)
        self._budget = SharedBudget(actor, max_cost)
        self._client = AsyncOpenRouter(**dict(client or {}))
        self._part: str | None = None
        self._journal: _Collected | None = None  # opened in the event loop's thread
        if parts is not None:
            os.makedirs(parts, exist_ok=True)
            name = f"part-{os.uname().nodename}-{os.getpid()}-{uuid.uuid4().hex[:8]}.jsonl"
            self._part = os.path.join(parts, name)

    def __call__(self, batch: Any) -> Any:
        requests = [r for r in _rows(batch) if r.get("custom_id") not in self._skip]
        lines = asyncio.run_coroutine_threadsafe(self._run(requests), self._loop).result()
        ids = [json.loads(line)["custom_id"] for line in lines]
        text = [line.rstrip(b"\n").decode() for line in lines]
        return pyarrow.table({"custom_id": pyarrow.array(ids, pyarrow.string()),
                              "line": pyarrow.array(text, pyarrow.string())})  # fmt: skip

    async def _run(self, requests: list[dict[str, Any]]) -> list[bytes]:
        if self._journal is None:
            self._journal = _Collected(self._part)
        journal = self._journal
        journal.lines = []
        await run_batch(
            self._client, requests, journal, pacer=self._pacer,
            concurrency=self._concurrency, max_attempts=self._max_attempts, check=self._check,
            budget=self._budget,
        )  # fmt: skip
        await self._pacer.flush()
        await self._budget.flush()
        return journal.lines


def _without_nulls(value: Any) -> Any:
    """A body read from Parquet structs, without the nulls Parquet fills in for a field another
    row has (it cannot tell absent from null; absent is what such a row meant). A body given as
    JSON text keeps its nulls."""
    if isinstance(value, dict):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


def _rows(batch: Any) -> list[dict[str, Any]]:
    """The request dicts of a block (a pyarrow table, or a dict of columns)."""
    columns = batch.to_pydict() if hasattr(batch, "to_pydict") else dict(batch)
    if "text" in columns:
        rows = []
        for raw in columns["text"]:
            if not str(raw).strip():
                continue
            rows.append(load_line(raw, f"request line {str(raw)[:80]!r}"))
        return rows
    names = [name for name in ("custom_id", "method", "url", "body") if name in columns]
    rows = []
    for values in zip(*(list(columns[name]) for name in names), strict=True):
        row = {name: value for name, value in zip(names, values, strict=True) if value is not None}
        if isinstance(row.get("body"), str | bytes):
            row["body"] = json.loads(row["body"])
        elif isinstance(row.get("body"), dict):
            row["body"] = _without_nulls(row["body"])
        rows.append(row)
    return rows


def _lock(fd: int, path: str, timeout: float) -> None:
    """Wait until no one (a killed run's worker that is still exiting) holds ``path``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise JournalError(f"{path} is still being written by another run") from None
            time.sleep(0.1)


def merge_parts(journal: Journal, parts: str, *, lock_timeout: float = 60.0) -> int:
    """Append the lines of ``parts/*.jsonl`` whose ids ``journal`` lacks; remove the parts.
    Killed at any moment, it can run again: ids already in the journal are not appended twice."""
    added = 0
    for path in sorted(glob.glob(os.path.join(parts, "*.jsonl"))):
        fd = os.open(path, os.O_RDONLY)
        try:
            if lock_timeout > 0:
                _lock(fd, path, lock_timeout)
            with os.fdopen(os.dup(fd), "rb") as lines:
                for number, raw in enumerate(lines, 1):
                    if not raw.endswith(b"\n") or raw.isspace():
                        continue  # a torn last line: that request is sent again
                    custom_id, _ = _read_line(raw, path, number)
                    if custom_id not in journal.finished:
                        journal.write(raw)
                        journal.finished.add(custom_id)
                        added += 1
        finally:
            os.close(fd)
    journal.sync()
    shutil.rmtree(parts, ignore_errors=True)
    return added


def _dataset(requests: Any) -> Any:
    if isinstance(requests, ray.data.Dataset):
        return requests
    path = os.fspath(requests)
    if path.endswith(".parquet") or (os.path.isdir(path) and glob.glob(f"{path}/*.parquet")):
        return ray.data.read_parquet(path)
    return ray.data.read_text(path)


def run_on_ray(
    requests: str | os.PathLike[str] | Any,
    results: str | os.PathLike[str],
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    workers: int = 2,
    concurrency: int = 64,
    rate: float | None = None,
    max_cost: float | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    retry_failed: bool = False,
    check: bool = True,
    batch_size: int = 256,
    num_cpus: float = 0.25,
    client_options: Mapping[str, Any] | None = None,
) -> BatchSummary:
    """``client.batch.run`` on Ray: the requests of ``requests`` (an OpenAI Batch JSONL file, a
    Parquet file or folder, or a ``ray.data.Dataset``) that ``results`` lacks, one result line
    per ``custom_id`` appended to ``results``; rerun after a crash to send only what is missing.

    ``workers``: ``OpenRouterStep`` actors (each ``num_cpus``); ``concurrency``: requests in
    flight across them; ``rate``: requests per second for the whole cluster if you know it (else
    discovered); ``max_cost``: stop sending once the cluster's answers cost this many USD
    (reported every 0.1 s, so what is in flight and about that much more still lands); ``check``:
    as for ``client.batch.run``; ``batch_size``: rows per block. Calls ``ray.init()`` if Ray is
    not initialised.
    """
    from .._client import OpenRouter

    Budget(max_cost)  # a bad budget is refused before Ray starts
    if not ray.is_initialized():
        ray.init()
    resolved = OpenRouter(api_key=api_key, base_url=base_url, **dict(client_options or {}))
    client = _Secret(resolved.options)  # the key and URL resolved here, not on the workers
    output = os.fspath(results)
    parts = output + ".parts"
    journal = Journal(output)
    try:
        merge_parts(journal, parts)
        if retry_failed:
            journal.close()
            journal = Journal(output, retry_failed=True)
    except BaseException:
        journal.close()
        raise
    local = not isinstance(requests, ray.data.Dataset) and os.path.isfile(os.fspath(requests))
    total = (
        count_lines(requests) if local and not os.fspath(requests).endswith(".parquet") else None
    )
    summary = BatchSummary(output=output, total=total, skipped=len(journal.finished))
    name = f"openrouter-pacer-{uuid.uuid4().hex[:12]}"
    pacer = shared_pacer(name, rate=rate)
    try:
        skip = [ray.put(frozenset(journal.finished))]
        steps = _dataset(requests).map_batches(
            OpenRouterStep,
            fn_constructor_kwargs={
                "pacer": name, "client": client, "concurrency": math.ceil(concurrency / workers),
                "max_attempts": max_attempts, "max_cost": max_cost, "check": check,
                "parts": parts, "skip": skip,
            },
            batch_format="pyarrow", batch_size=batch_size, concurrency=workers, num_cpus=num_cpus,
        )  # fmt: skip
        repeated: list[str] = []
        for block in steps.iter_batches(batch_format="pyarrow", batch_size=None):
            for custom_id, line in zip(
                block.column("custom_id").to_pylist(), block.column("line").to_pylist(), strict=True
            ):
                if custom_id in journal.finished:
                    repeated.append(custom_id)
                    continue
                journal.write(line.encode() + b"\n")
                journal.finished.add(custom_id)
                _count(summary, line)
        merge_parts(journal, parts, lock_timeout=0)  # lines of an actor Ray had to replace
        stats = ray.get(pacer.stats.remote())
        summary.rate_limited = int(stats["limited"])
        summary.sent = int(stats["succeeded"] + stats["limited"])
        summary.rate = float(stats["rate"])
        if max_cost is not None and stats["cost"] >= max_cost:
            summary.stopped = "max_cost"
    finally:
        journal.close()
        with contextlib.suppress(Exception):
            ray.kill(pacer)
        summary.elapsed = time.monotonic() - summary.started
    if repeated:
        raise BatchInputError(
            f"custom_id {repeated[0]!r} appears twice in the input (results are matched by "
            "custom_id, so each must be unique); its first result is kept"
        )
    return summary


def _count(summary: BatchSummary, line: str) -> None:
    record = _json.loads_body(line.encode())
    if record.get("error") is None:
        summary.succeeded += 1
        body = (record.get("response") or {}).get("body")
        if isinstance(body, dict):
            summary.note_usage(body.get("usage"))
    else:
        summary.failed += 1
