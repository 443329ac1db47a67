"""``MockOpenRouter(rate_limit=N)``: OpenRouter's 429 beyond N requests per sliding window."""

from __future__ import annotations

import time

import httpx
import pytest

from openrouter_client import RateLimitError
from openrouter_client.testing import MockOpenRouter
from openrouter_client.testing._ratelimit import RateLimiter

MESSAGES = [{"role": "user", "content": "hi"}]


def test_beyond_the_limit_the_answer_is_openrouters_429_with_its_headers() -> None:
    with MockOpenRouter(rate_limit=2, rate_window=30) as mock, mock.client(max_retries=0) as client:
        for _ in range(2):
            client.chat.completions.create(model="openai/gpt-4o", messages=MESSAGES)
        before = time.time()
        with pytest.raises(RateLimitError) as caught:
            client.chat.completions.create(model="openai/gpt-4o", messages=MESSAGES)
        error = caught.value
        assert error.status_code == 429
        assert error.retry_after is not None and 1 <= error.retry_after <= 30
        assert error.headers["x-ratelimit-limit"] == "2"
        assert error.headers["x-ratelimit-remaining"] == "0"
        reset = int(error.headers["x-ratelimit-reset"]) / 1000  # epoch milliseconds
        assert before < reset <= before + 31
        assert error.metadata is not None and error.metadata["error_type"] == "rate_limit_exceeded"
        assert mock.rate_limited == 1


def test_refused_and_unauthenticated_requests_do_not_count() -> None:
    clock = [0.0]
    limiter = RateLimiter(2, 1.0, clock=lambda: clock[0])
    assert limiter.admit() is None and limiter.admit() is None
    assert limiter.admit() is not None  # third within the second: refused, not counted
    clock[0] = 1.0
    assert limiter.admit() is None  # both slots freed a window after they were taken
    with MockOpenRouter(rate_limit=1, rate_window=30) as mock:
        # a 401 (no key) is answered before the limit is consulted: the one slot stays free
        assert httpx.post(mock.url("/chat/completions"), json={}).status_code == 401
        with mock.client(max_retries=0) as client:
            client.chat.completions.create(model="openai/gpt-4o", messages=MESSAGES)
        assert mock.rate_limited == 0


@pytest.mark.parametrize("bad", [0, -3, 1.5, True])
def test_the_limit_is_checked(bad: object) -> None:
    with pytest.raises(ValueError, match="rate_limit must be a positive number"):
        MockOpenRouter(rate_limit=bad)  # type: ignore[arg-type]
