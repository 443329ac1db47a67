"""Embeddings and rerank against a local server, sync and async."""

from __future__ import annotations

import pytest

from openrouter_client.testing import MockOpenRouter
from tests.resources.conftest import Run, as_json

pytestmark = pytest.mark.anyio

EMBEDDINGS = {
    "data": [
        {"embedding": [0.0023064255, -0.009327292, 0.015797347], "index": 0, "object": "embedding"}
    ],
    "model": "openai/text-embedding-3-small",
    "object": "list",
    "usage": {"prompt_tokens": 8, "total_tokens": 8},
}
RERANK = {
    "id": "gen-rerank-1234567890-abc",
    "model": "cohere/rerank-v3.5",
    "results": [
        {
            "document": {"text": "Paris is the capital of France."},
            "index": 0,
            "relevance_score": 0.98,
        }
    ],
    "usage": {"search_units": 1, "total_tokens": 150},
}


async def test_embeddings_create(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/embeddings", EMBEDDINGS)
    mock.extra_fields = frozenset({"x_new"})
    result = await run(
        lambda c: c.embeddings.create(
            model="openai/text-embedding-3-small",
            input=["The quick brown fox"],
            dimensions=3,
            extra_body={"x_new": 1},
            timeout=5.0,
        )
    )
    assert result.data[0].embedding == [0.0023064255, -0.009327292, 0.015797347]
    assert result.usage.prompt_tokens == 8
    assert as_json(result) == EMBEDDINGS
    assert mock.last_request.json == {
        "model": "openai/text-embedding-3-small",
        "input": ["The quick brown fox"],
        "dimensions": 3,
        "x_new": 1,
    }


async def test_embedding_models_page(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/embeddings/models", {"data": [{"id": "e1"}, {"id": "e2"}], "total_count": 2})
    models = await run.list(run.client.embeddings.models(limit=10))
    assert [as_json(m)["id"] for m in models] == ["e1", "e2"]
    assert mock.last_request.query == {"offset": "0", "limit": "10"}


async def test_rerank_create(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/rerank", RERANK)
    result = await run(
        lambda c: c.rerank.create(
            model="cohere/rerank-v3.5",
            query="capital of France",
            documents=["Paris is the capital of France.", "Berlin is the capital of Germany."],
            top_n=1,
        )
    )
    assert result.results[0].relevance_score == 0.98
    assert result.results[0].document.text == "Paris is the capital of France."
    assert as_json(result) == RERANK
    assert mock.last_request.json["top_n"] == 1
