"""A rate limit for ``MockOpenRouter``: at most ``limit`` requests per sliding ``window``.

Beyond it, the answer is OpenRouter's 429: its error envelope (``error_type:
"rate_limit_exceeded"``) with ``Retry-After`` (whole seconds, rounded up) and the ``X-RateLimit-*``
headers OpenRouter sends only on a 429 (``Reset`` in epoch milliseconds: when a slot frees).
Rejected requests do not count against the limit; unauthenticated ones never reach it.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

from . import replies
from ._script import Response

__all__ = ["RateLimiter"]


class RateLimiter:
    """Sliding-window admission, safe to share between the server's threads."""

    def __init__(
        self,
        limit: int,
        window: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"rate_limit must be a positive number of requests, not {limit!r}")
        if not window > 0:
            raise ValueError(f"rate_window must be a positive number of seconds, not {window!r}")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._wall = wall
        self._admitted: deque[float] = deque()
        self._lock = threading.Lock()
        self.rejected = 0

    def admit(self) -> Response | None:
        """None when the request may go on; the 429 to answer otherwise."""
        with self._lock:
            now = self._clock()
            admitted = self._admitted
            while admitted and admitted[0] <= now - self.window:
                admitted.popleft()
            if len(admitted) < self.limit:
                admitted.append(now)
                return None
            self.rejected += 1
            wait = admitted[0] + self.window - now
        reset_ms = int((self._wall() + wait) * 1000)
        headers = {
            "Retry-After": str(max(1, math.ceil(wait))),
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(reset_ms),
        }
        return replies.error(
            429,
            "Rate limit exceeded",
            metadata={"error_type": "rate_limit_exceeded", "headers": headers},
            headers=headers,
        )
