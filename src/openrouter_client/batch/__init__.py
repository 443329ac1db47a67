"""Bulk runs: a dataset of requests through OpenRouter, paced, resumable, with live cost.

``client.batch.run("requests.jsonl", "results.jsonl")`` (or ``await`` it on ``AsyncOpenRouter``;
the CLI: ``openrouter-client batch requests.jsonl results.jsonl``) sends every request of an
OpenAI Batch input file and writes one result line per ``custom_id`` (``_lines``). The output
file is the journal: rerun the same command after a crash and only what is missing is sent
(``_journal``). One ``Pacer`` shared by every request discovers the rate limit as the run goes
(``_pacer``); ``_engine`` dispatches; ``_progress`` shows it. ``openrouter_client.batch.ray``
runs the same engine as a Ray Data step.

Designed for a second backend: OpenRouter's asynchronous Batch API (``POST /batches``, not in the
spec yet) would read the same ``BatchRequest`` stream, submit it in chunks, poll with the same
progress line and write the same result lines into the same journal.
"""

from ._engine import DEFAULT_CONCURRENCY, DEFAULT_MAX_ATTEMPTS, rate_limit_wait, run_batch
from ._journal import Journal, JournalError
from ._lines import BatchInputError, BatchRequest, read_requests
from ._pacer import Pacer
from ._progress import BatchSummary, ProgressLine
from ._resource import AsyncBatch, Batch

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_ATTEMPTS",
    "AsyncBatch",
    "Batch",
    "BatchInputError",
    "BatchRequest",
    "BatchSummary",
    "Journal",
    "JournalError",
    "Pacer",
    "ProgressLine",
    "rate_limit_wait",
    "read_requests",
    "run_batch",
]
