"""``client.generations``: a generation's cost, tokens and provider, looked up by its id.

A generation becomes queryable a few seconds after its completion ends; until then the lookup
answers 404. ``get(id, wait=10)`` polls with backoff for up to that many seconds and then raises
``GenerationNotFoundError`` (a ``NotFoundError``) saying how long it waited.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from .._errors import NotFoundError
from .._options import split_options
from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import (
        GenerationContentResponse,
        GenerationResponse,
        SubmitGenerationFeedbackResponse,
    )
    from openrouter_api.params import SubmitGenerationFeedbackRequestParam

    from .._options import RequestOptions

    class FeedbackArgs(SubmitGenerationFeedbackRequestParam, RequestOptions, total=False):
        """Feedback fields, plus per-call options."""


__all__ = ["AsyncGenerations", "GenerationNotFoundError", "Generations", "poll_delay"]

FIRST_POLL = 0.5  # seconds before the second request
MAX_POLL = 4.0  # seconds between requests at most


class GenerationNotFoundError(NotFoundError):
    """The generation was still not found when the ``wait`` ran out (or no wait was asked)."""

    generation_id: str
    waited: float
    attempts: int


def poll_delay(attempt: int, waited: float, wait: float) -> float | None:
    """Seconds to sleep before asking again after ``attempt`` 404s (0-based) and ``waited``
    seconds, or None when the ``wait`` budget is spent. Doubles from ``FIRST_POLL`` up to
    ``MAX_POLL`` and never sleeps past the budget, so the last request lands at its end."""
    remaining = wait - waited
    if remaining <= 0.0:
        return None
    return min(FIRST_POLL * 2.0**attempt, MAX_POLL, remaining)


def not_found(
    error: NotFoundError, id: str, waited: float, attempts: int
) -> GenerationNotFoundError:
    """The clear error for a generation that did not appear: what was asked and how long."""
    if attempts > 1:
        detail = f"after waiting {waited:.1f} s ({attempts} requests)"
    else:
        detail = "(pass wait=<seconds> to poll: a generation appears a few seconds after it ends)"
    found = GenerationNotFoundError(
        f"generation {id!r} was not found {detail}; server said: {error.message}",
        status_code=error.status_code,
        code=error.code,
        metadata=error.metadata,
        request_id=error.request_id,
        headers=error.headers,
        body=error.body,
        method=error.method,
        url=error.url,
    )
    found.generation_id = id
    found.waited = waited
    found.attempts = attempts
    return found


class Generations(SyncAPIResource):
    """Generation lookups (blocking)."""

    def get(
        self, id: str, *, wait: float | None = None, **options: Unpack[RequestOptions]
    ) -> GenerationResponse:
        """Cost, tokens, latency and provider of generation ``id`` (``X-Generation-Id`` or a
        completion's ``id``). ``wait``: seconds to keep polling while it is not there yet."""
        from openrouter_api.api.generations import get_generation

        started = time.monotonic()
        attempt = 0
        while True:
            try:
                return self._request(get_generation, {"id": id}, options)
            except NotFoundError as error:
                waited = time.monotonic() - started
                delay = poll_delay(attempt, waited, wait or 0.0)
                if delay is None:
                    raise not_found(error, id, waited, attempt + 1) from error
            time.sleep(delay)
            attempt += 1

    def content(self, id: str, **options: Unpack[RequestOptions]) -> GenerationContentResponse:
        """The stored prompt and completion of generation ``id`` (when logging is enabled)."""
        from openrouter_api.api.generations import list_generation_content

        return self._request(list_generation_content, {"id": id}, options)

    def feedback(self, **params: Unpack[FeedbackArgs]) -> SubmitGenerationFeedbackResponse:
        """Report a problem with a generation (``generation_id``, ``category``, ``comment``)."""
        from openrouter_api.api.generations import submit_generation_feedback

        body: dict[str, Any] = dict(params)
        options = split_options(body)
        return self._request(submit_generation_feedback, {"body": body}, options)


class AsyncGenerations(AsyncAPIResource):
    """Generation lookups (awaitable)."""

    async def get(
        self, id: str, *, wait: float | None = None, **options: Unpack[RequestOptions]
    ) -> GenerationResponse:
        """Cost, tokens, latency and provider of generation ``id``; ``wait`` polls (seconds)."""
        import anyio
        from openrouter_api.api.generations import get_generation

        started = time.monotonic()
        attempt = 0
        while True:
            try:
                return await self._request(get_generation, {"id": id}, options)
            except NotFoundError as error:
                waited = time.monotonic() - started
                delay = poll_delay(attempt, waited, wait or 0.0)
                if delay is None:
                    raise not_found(error, id, waited, attempt + 1) from error
            await anyio.sleep(delay)
            attempt += 1

    async def content(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> GenerationContentResponse:
        """The stored prompt and completion of generation ``id`` (when logging is enabled)."""
        from openrouter_api.api.generations import list_generation_content

        return await self._request(list_generation_content, {"id": id}, options)

    async def feedback(self, **params: Unpack[FeedbackArgs]) -> SubmitGenerationFeedbackResponse:
        """Report a problem with a generation (``generation_id``, ``category``, ``comment``)."""
        from openrouter_api.api.generations import submit_generation_feedback

        body: dict[str, Any] = dict(params)
        options = split_options(body)
        return await self._request(submit_generation_feedback, {"body": body}, options)
