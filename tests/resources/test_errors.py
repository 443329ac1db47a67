"""Error paths every ergonomic resource shares: 404, 401, 402, and 429 with Retry-After
(honoured, then success; or retries exhausted), sync and async over a real socket."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from openrouter_client import (
    AuthenticationError,
    NotFoundError,
    PaymentRequiredError,
    RateLimitError,
)
from openrouter_client.testing import MockOpenRouter, replies
from tests.resources.conftest import Run, as_json, sample

pytestmark = pytest.mark.anyio

# route, a call through the resource, a successful reply for the route
CALLS: dict[str, tuple[str, Callable[[Any], Any], Any]] = {
    "credits": ("/credits", lambda c: c.credits.get(), {"data": {"total_credits": 1}}),
    "key": ("/key", lambda c: c.key.get(), sample("key-response.spec-example.json")),
    "keys.get": ("/keys/h", lambda c: c.keys.get("h"), {"data": {"hash": "h"}}),
    "providers": ("/providers", lambda c: c.providers.list(), {"data": []}),
    "endpoints.zdr": ("/endpoints/zdr", lambda c: c.endpoints.zdr(), {"data": []}),
    "models.count": ("/models/count", lambda c: c.models.count(), {"data": {"count": 1}}),
    "models.get": ("/model/a/b", lambda c: c.models.get("a/b"), {"data": {"id": "a/b"}}),
    "generations": (
        "/generation",
        lambda c: c.generations.get("gen-1"),
        sample("generation-response.spec-example.json"),
    ),
    "guardrails.get": ("/guardrails/g", lambda c: c.guardrails.get("g"), {"data": {"id": "g"}}),
    "embeddings": (
        "/embeddings",
        lambda c: c.embeddings.create(model="m", input="x"),
        {"data": [], "model": "m", "object": "list"},
    ),
    "rerank": (
        "/rerank",
        lambda c: c.rerank.create(model="m", query="q", documents=["d"]),
        {"model": "m", "results": []},
    ),
    "responses": (
        "/responses",
        lambda c: c.responses.create(model="m", input="hi"),
        sample("responses-api-response.spec-example.json"),
    ),
}

STATUSES = {404: NotFoundError, 401: AuthenticationError, 402: PaymentRequiredError}


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize("status", sorted(STATUSES))
async def test_error_statuses_raise_typed_errors(
    run: Run, mock: MockOpenRouter, name: str, status: int
) -> None:
    route, call, _ = CALLS[name]
    mock.reply_error(status, path=route)
    with pytest.raises(STATUSES[status]) as caught:
        await run(call)
    assert caught.value.status_code == status
    assert len(mock.requests_to(route)) == 1  # not retried
    assert "sk-or-v1-test" not in str(caught.value)


@pytest.mark.parametrize("name", ["credits", "keys.get", "responses", "embeddings"])
async def test_429_retry_after_is_honoured_then_success(
    run: Run, mock: MockOpenRouter, name: str, sleeps: list[float]
) -> None:
    route, call, body = CALLS[name]
    mock.reply(_rate_limited(retry_after="1"), path=route)
    mock.reply_json(route, body)
    result = await run(call)
    assert sleeps == [1.0]  # waited as asked (recorded, not slept)
    assert as_json(result) == body
    assert len(mock.requests_to(route)) == 2


async def test_429_retries_exhausted_raise_rate_limit_error(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(_rate_limited(retry_after="0.05"), path="/credits", times=None)
    client = run.client.with_options(max_retries=2)
    with pytest.raises(RateLimitError) as caught:
        await Run(client)(lambda c: c.credits.get())
    assert caught.value.status_code == 429
    assert caught.value.headers["retry-after"] == "0.05"
    assert len(mock.requests_to("/credits")) == 3  # the first try and two retries


async def test_429_docs_sample_with_per_call_max_retries(run: Run, mock: MockOpenRouter) -> None:
    body = sample("error-429-rate-limit.limits-doc.json")
    mock.reply(replies.json_body(body, status=429), path="/models/count")
    with pytest.raises(RateLimitError):
        await run(lambda c: c.models.count(max_retries=0))
    assert len(mock.requests_to("/models/count")) == 1


def _rate_limited(retry_after: str) -> Any:
    return replies.error(429, headers={"Retry-After": retry_after})
