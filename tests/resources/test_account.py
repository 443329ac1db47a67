"""Credits, keys, providers, endpoints and models against a local server, sync and async,
replaying the docs samples of their responses."""

from __future__ import annotations

import pytest

from openrouter_client.testing import MockOpenRouter
from tests.resources.conftest import API_KEY, Run, as_json, sample

pytestmark = pytest.mark.anyio


async def test_credits_replays_docs_sample(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/credits", sample("credits-response.spec-example.json"))
    credits = await run(lambda c: c.credits.get())
    assert credits.data.total_credits == 100.5
    assert credits.data.total_usage == 25.75
    assert as_json(credits) == sample("credits-response.spec-example.json")
    request = mock.last_request
    assert (request.method, request.route) == ("GET", "/credits")
    assert request.bearer_token == API_KEY


async def test_current_key_replays_docs_sample(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/key", sample("key-response.spec-example.json"))
    key = await run(lambda c: c.key.get())
    assert key.data.limit == 100
    assert key.data.limit_remaining == 74.5
    assert key.data.rate_limit.requests == 1000
    assert as_json(key) == sample("key-response.spec-example.json")


async def test_current_key_null_limit_means_unlimited_not_zero(
    run: Run, mock: MockOpenRouter
) -> None:
    body = sample("key-response.spec-example.json")
    body["data"].update(limit=None, limit_remaining=None, limit_reset=None)
    mock.reply_json("/key", body)
    key = await run(lambda c: c.key.get())
    assert key.data.limit is None
    assert key.data.limit_remaining is None
    assert as_json(key)["data"]["limit"] is None


async def test_keys_list_replays_docs_sample_and_pages_by_offset(
    run: Run, mock: MockOpenRouter
) -> None:
    page = sample("keys-list-response.management-api-keys-doc.json")
    mock.reply_json("/keys", page, method="GET")
    mock.reply_json("/keys", {"data": []}, method="GET")
    keys = await run.list(run.client.keys.list(include_disabled=True))
    assert [k.hash_ for k in keys] == ["<YOUR_KEY_HASH>"]
    assert [as_json(k) for k in keys] == page["data"]
    first, second = mock.requests_to("/keys")
    assert first.query == {"include_disabled": "true"}
    assert second.query == {"include_disabled": "true", "offset": "1"}


async def test_keys_create_get_update_delete(run: Run, mock: MockOpenRouter) -> None:
    created = {"data": {"hash": "h1", "name": "ci", "limit": 5}, "key": "sk-or-v1-new"}
    mock.reply_json("/keys", created, status=201, method="POST")
    unlimited = {"data": {"hash": "h1", "name": "ci", "limit": None}}
    mock.reply_json("/keys/h1", unlimited, method="GET")
    mock.reply_json("/keys/h1", unlimited, method="PATCH")
    mock.reply_json("/keys/h1", {"deleted": True}, method="DELETE")

    result = await run(lambda c: c.keys.create(name="ci", limit=5, limit_reset="monthly"))
    assert result.key == "sk-or-v1-new"
    assert mock.last_request.json == {"name": "ci", "limit": 5, "limit_reset": "monthly"}

    got = await run(lambda c: c.keys.get("h1"))
    assert got.data.limit is None

    await run(lambda c: c.keys.update("h1", limit=None, extra_headers={"X-Trace": "1"}))
    assert mock.last_request.json == {
        "limit": None
    }  # null removes the cap; it is sent, not dropped
    assert mock.last_request.headers["x-trace"] == "1"

    deleted = await run(lambda c: c.keys.delete("h1"))
    assert deleted.deleted is True
    assert [r.method for r in mock.requests] == ["POST", "GET", "PATCH", "DELETE"]


async def test_providers_replays_docs_sample(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/providers", sample("providers-response.spec-example.json"))
    providers = await run(lambda c: c.providers.list())
    assert providers.data[0].slug == "openai"
    assert as_json(providers) == sample("providers-response.spec-example.json")


async def test_zdr_endpoints(run: Run, mock: MockOpenRouter) -> None:
    body = {"data": [{"model_id": "openai/gpt-4", "provider_name": "OpenAI"}]}
    mock.reply_json("/endpoints/zdr", body)
    assert as_json(await run(lambda c: c.endpoints.zdr())) == body


async def test_models_list_replays_docs_sample_with_filters(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/models", sample("models-list-response.spec-example.json"))
    pager = run.client.models.list(category="programming", sort="newest", max_price=1.5)
    assert mock.requests == []  # lazy: nothing is sent before iterating
    models = await run.list(pager)
    assert [as_json(m) for m in models] == sample("models-list-response.spec-example.json")["data"]
    assert mock.last_request.query == {
        "offset": "0",
        "limit": "500",
        "category": "programming",
        "sort": "newest",
        "max_price": "1.5",
    }
    assert len(mock.requests) == 1  # one short page: no second request


async def test_model_get_endpoints_and_count(run: Run, mock: MockOpenRouter) -> None:
    one = {"data": {"id": "openai/gpt-4", "name": "GPT-4"}}
    mock.reply_json("/model/openai/gpt-4", one, times=2)
    mock.reply_json(
        "/models/openai/gpt-4/endpoints", sample("model-endpoints-response.spec-example.json")
    )
    mock.reply_json("/models/count", {"data": {"count": 321}})

    assert as_json(await run(lambda c: c.models.get("openai", "gpt-4"))) == one
    assert as_json(await run(lambda c: c.models.get("openai/gpt-4"))) == one
    endpoints = await run(lambda c: c.models.endpoints("openai/gpt-4"))
    assert as_json(endpoints) == sample("model-endpoints-response.spec-example.json")
    count = await run(lambda c: c.models.count(output_modalities="text"))
    assert count.data.count == 321
    assert mock.last_request.query == {"output_modalities": "text"}


async def test_model_id_must_have_author_and_slug(run: Run) -> None:
    with pytest.raises(ValueError, match="openai/gpt-4o"):
        await run(lambda c: c.models.get("gpt-4o"))
