"""The pacer: one request rate shared by every worker of a run, discovered as the run goes.

OpenRouter sends its ``X-RateLimit-*`` headers only with a 429, so the limit cannot be read in
advance; it is found the way TCP finds a link's capacity:

- **slow start**: from ``initial_rate``, each success adds ``ln 2 / doubling`` requests per second,
  so while answers come back as fast as requests go out, the rate doubles every ``doubling``
  seconds (success-clocked: a slow server slows the growth);
- **multiplicative decrease** on the first 429 of an episode: the rate drops to ``backoff`` times
  what the server accepted over the last second (what it really allows, whatever the rate was),
  and everyone pauses until ``X-RateLimit-Reset`` / ``Retry-After``. 429s of requests sent before
  that reaction belong to the same episode and change nothing;
- **additive increase** afterwards: each success adds ``increase`` to the rate (about ``increase``
  times the rate per second), probing for headroom again.

Servers count a sliding window, so spacing alone is not enough after a burst: the window then
admits only as fast as it forgets. The pacer keeps the same books: at most ``rate x window`` sends
in any trailing ``window`` (1 s), not counting those refused; past that the next send waits for
the oldest to leave the window. A limit over a longer window (20 a minute) is still held by the
pauses the server asks for.

The rate grows only while it is what holds the run back (workers were waiting for a slot), so a
run bound by its concurrency cap or its input does not inflate a rate it never uses. ``fixed`` (the
rate one knows) turns discovery off; 429s still pause everyone.

Pure logic on a clock passed in: ``wait_time(now)`` says how long until the next send may go,
``take(now)`` books it. The engine does the sleeping.
"""

from __future__ import annotations

import math
from collections import deque

__all__ = ["Pacer"]


class Pacer:
    """A shared send rate (requests per second) with slow start, AIMD and global pauses."""

    def __init__(
        self,
        *,
        fixed: float | None = None,
        initial_rate: float = 32.0,
        min_rate: float = 0.2,
        max_rate: float = 10_000.0,
        doubling: float = 0.25,
        backoff: float = 0.985,
        increase: float = 0.01,
        window: float = 1.0,
    ) -> None:
        if fixed is not None and not (fixed > 0 and math.isfinite(fixed)):
            raise ValueError(
                f"rate must be a positive number of requests per second, not {fixed!r}"
            )
        if not 0 < min_rate <= initial_rate <= max_rate:
            raise ValueError("need 0 < min_rate <= initial_rate <= max_rate")
        if not 0 < backoff < 1:
            raise ValueError(f"backoff must be between 0 and 1, not {backoff!r}")
        self.fixed = fixed
        self.rate = fixed if fixed is not None else initial_rate
        self.min_rate = min_rate
        self.max_rate = max_rate
        self.slow_start = fixed is None
        self.window = window
        self._step = math.log(2) / doubling  # rate added per success in slow start
        self._backoff = backoff
        self._increase = increase
        self._next = -math.inf  # when the next send may go
        self._pause_until = -math.inf
        self._reacted_at = -math.inf  # sends before this belong to an episode already handled
        self._starved_at = -math.inf  # the last time a send had to wait for its slot
        self._sent: deque[float] = deque()  # sends of the last window not answered 429
        self.limited = 0  # 429s seen
        self.decreases = 0  # episodes reacted to

    def _expire(self, now: float) -> None:
        sent, horizon = self._sent, now - self.window
        while sent and sent[0] <= horizon:
            sent.popleft()

    def wait_time(self, now: float) -> float:
        """Seconds until the next send may go (0 or less: now)."""
        wait = max(self._next, self._pause_until) - now
        self._expire(now)
        over = len(self._sent) - self.rate * self.window
        if over >= 0:
            # The window's budget is spent: the next send goes when enough of the window's sends
            # have left it (after a burst, a server counting a sliding window admits only as fast
            # as it forgets).
            wait = max(wait, self._sent[int(over)] + self.window - now)
        return wait

    def take(self, now: float) -> None:
        """Book the next send at ``now`` (after ``wait_time`` said 0)."""
        if self._next > now - 1.0 / self.rate:
            self._starved_at = now  # the rate, not the input or the cap, held this send back
        # A sleep wakes a little late; the lateness is made up (up to 50 ms of it), or the rate
        # achieved would drift below the rate asked for. The window's budget caps any catch-up.
        late = now - self._next
        self._next = (self._next if 0 <= late < 0.05 else now) + 1.0 / self.rate
        self._sent.append(now)

    def paused(self, now: float) -> bool:
        return now < self._pause_until

    def pause_left(self, now: float) -> float:
        """Seconds the pause after a 429 still holds every send back (0 when none)."""
        return max(0.0, self._pause_until - now)

    def on_success(self, sent_at: float, now: float) -> None:
        """An answer that was not a 429 (errors included: the server took the request)."""
        if self.fixed is not None or now - self._starved_at > self.window:
            return
        if self.slow_start:
            self.rate += self._step
        else:
            self.rate += self._increase  # per success: about ``increase`` x rate per second
        self.rate = min(self.rate, self.max_rate)

    def on_limited(self, sent_at: float, now: float, wait: float | None) -> None:
        """A 429 for a request sent at ``sent_at``; ``wait``: the seconds the server asked for."""
        self.limited += 1
        if sent_at in self._sent:  # else already out of the window
            self._sent.remove(sent_at)  # it did not count against the server's limit
        if wait is not None and wait > 0:
            self._pause_until = max(self._pause_until, now + wait)
        if sent_at < self._reacted_at:
            return  # sent before the last decrease: that episode is handled already
        self._reacted_at = now
        self.decreases += 1
        if self.fixed is not None:
            return
        # What the server admitted: our sends of the window before this one that it did not
        # refuse (those still in flight counted as admitted).
        admitted = sum(1 for t in self._sent if sent_at - self.window < t < sent_at)
        allowed = max(admitted / self.window, self.min_rate)
        self.rate = max(self.min_rate, self._backoff * min(self.rate, allowed))
        self.slow_start = False
