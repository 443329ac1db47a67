"""What a bulk run has done so far (``BatchSummary``) and the live line that shows it.

The summary is updated by the engine as answers arrive and is what ``run`` returns; the display
reads it every half second: redrawn in place on a terminal, one line every ``log_every`` seconds
otherwise (a CI log or a file is not flooded).
"""

from __future__ import annotations

import sys
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Any, TextIO

__all__ = ["BatchSummary", "ProgressLine"]


@dataclass
class BatchSummary:
    """Counts of one run (``skipped``: already in the output file from an earlier run)."""

    output: str
    total: int | None = None
    skipped: int = 0
    succeeded: int = 0
    failed: int = 0
    sent: int = 0  # HTTP requests made, retries included
    rate_limited: int = 0  # of which answered 429
    retried: int = 0
    in_flight: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0  # USD, the sum of ``usage.cost``
    elapsed: float = 0.0
    rate: float = 0.0  # requests per second the pacer settled on
    stopped: str | None = None  # "max_cost" when the budget stopped it
    started: float = field(default_factory=time.monotonic, repr=False)

    @property
    def finished(self) -> int:
        return self.succeeded + self.failed

    @property
    def remaining(self) -> int | None:
        if self.total is None:
            return None
        return max(0, self.total - self.skipped - self.finished)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["started"]
        data["remaining"] = self.remaining
        return data

    def note_usage(self, usage: Any) -> None:
        """Add an answer's ``usage`` (chat, responses and embeddings spell tokens differently)."""
        if not isinstance(usage, dict):
            return
        prompt = usage.get("prompt_tokens", usage.get("input_tokens"))
        completion = usage.get("completion_tokens", usage.get("output_tokens"))
        if isinstance(prompt, int):
            self.prompt_tokens += prompt
        if isinstance(completion, int):
            self.completion_tokens += completion
        cost = usage.get("cost")
        if isinstance(cost, int | float) and not isinstance(cost, bool):
            self.cost += cost

    def describe(self) -> str:
        """The closing summary, for people."""
        total = self.skipped + self.finished
        parts = [
            f"{self.succeeded:,} succeeded",
            f"{self.failed:,} failed",
            f"{self.skipped:,} already done",
        ]
        if self.remaining:
            parts.append(f"{self.remaining:,} not sent")
        seconds = max(self.elapsed, 1e-9)
        tokens = self.prompt_tokens + self.completion_tokens
        line = (
            f"{total:,} in {self.output}: " + ", ".join(parts) + f". {self.sent:,} requests "
            f"({self.rate_limited:,} answered 429) in {self.elapsed:.1f} s, "
            f"{self.finished / seconds:.1f}/s, {tokens:,} tokens, ${self.cost:.4f}"
        )
        if self.stopped == "max_cost":
            line += ". Stopped at the cost budget: rerun with a higher --max-cost to go on"
        return line


def _si(value: float) -> str:
    for unit, size in (("M", 1e6), ("k", 1e3)):
        if value >= size:
            return f"{value / size:.1f}{unit}"
    return f"{value:.0f}"


class ProgressLine:
    """Renders a ``BatchSummary`` as one line: done, failed, in flight, req/s, tokens/s, the
    pacer's rate, cost so far and ETA; speeds over the last few seconds."""

    def __init__(self, stream: TextIO | None = None, *, log_every: float = 10.0) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty()
        self.log_every = log_every
        self._samples: deque[tuple[float, int, int]] = deque(maxlen=12)
        self._last_log = 0.0

    def line(self, summary: BatchSummary, now: float | None = None) -> str:
        now = time.monotonic() if now is None else now
        tokens = summary.prompt_tokens + summary.completion_tokens
        self._samples.append((now, summary.finished, tokens))
        then, done_then, tokens_then = self._samples[0]
        span = now - then
        per_second = (summary.finished - done_then) / span if span > 0 else 0.0
        tokens_per_second = (tokens - tokens_then) / span if span > 0 else 0.0
        done = summary.skipped + summary.finished
        total = f"/{summary.total:,}" if summary.total is not None else ""
        eta = ""
        if summary.remaining is not None and per_second > 0:
            eta = f" · ETA {summary.remaining / per_second:.0f}s"
        return (
            f"{done:,}{total} done · {summary.failed:,} failed · {summary.in_flight} in flight · "
            f"{per_second:.1f} req/s · {_si(tokens_per_second)} tok/s · "
            f"rate {summary.rate:.0f}/s · ${summary.cost:.4f}{eta}"
        )

    def show(self, summary: BatchSummary) -> None:
        now = time.monotonic()
        text = self.line(summary, now)
        if self.live:
            self.stream.write("\r\033[K" + text)
        elif now - self._last_log >= self.log_every:
            self._last_log = now
            self.stream.write(text + "\n")
        self.stream.flush()

    def finish(self, summary: BatchSummary) -> None:
        if self.live:
            self.stream.write("\r\033[K")
        self.stream.write(summary.describe() + "\n")
        self.stream.flush()
