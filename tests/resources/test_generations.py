"""``client.generations``: lookups, and the bounded wait for a generation to appear."""

from __future__ import annotations

import time

import pytest

from openrouter_client import GenerationNotFoundError, NotFoundError
from openrouter_client.resources import generations
from openrouter_client.testing import MockOpenRouter
from tests.resources.conftest import Run, as_json, sample

pytestmark = pytest.mark.anyio

SAMPLE = "generation-response.spec-example.json"


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generations, "FIRST_POLL", 0.05)
    monkeypatch.setattr(generations, "MAX_POLL", 0.2)


async def test_get_replays_docs_sample(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/generation", sample(SAMPLE))
    generation = await run(lambda c: c.generations.get("gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG"))
    assert generation.data.total_cost == 0.0015
    assert generation.data.provider_name == "Infermatic"
    assert as_json(generation) == sample(SAMPLE)
    assert mock.last_request.query == {"id": "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG"}


async def test_wait_polls_through_404s_then_returns(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_error(404, path="/generation", times=2)
    mock.reply_json("/generation", sample(SAMPLE))
    generation = await run(lambda c: c.generations.get("gen-1", wait=5))
    assert generation.data.id == "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG"
    assert len(mock.requests_to("/generation")) == 3


async def test_wait_runs_out_with_a_clear_error(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_error(404, path="/generation", times=None)
    started = time.monotonic()
    with pytest.raises(GenerationNotFoundError) as caught:
        await run(lambda c: c.generations.get("gen-late", wait=0.5))
    elapsed = time.monotonic() - started
    error = caught.value
    assert isinstance(error, NotFoundError)  # existing handlers keep working
    assert 0.45 <= elapsed < 2.0
    assert error.generation_id == "gen-late"
    assert error.attempts == len(mock.requests_to("/generation")) >= 3
    assert "gen-late" in str(error) and "after waiting" in str(error)


async def test_without_wait_the_first_404_is_final_and_says_how_to_wait(
    run: Run, mock: MockOpenRouter
) -> None:
    mock.reply_error(404, path="/generation")
    with pytest.raises(GenerationNotFoundError, match="wait=") as caught:
        await run(lambda c: c.generations.get("gen-x"))
    assert caught.value.attempts == 1
    assert len(mock.requests_to("/generation")) == 1


async def test_other_errors_are_not_polled(run: Run, mock: MockOpenRouter) -> None:
    from openrouter_client import AuthenticationError

    mock.reply_error(401, path="/generation")
    with pytest.raises(AuthenticationError):
        await run(lambda c: c.generations.get("gen-1", wait=5))
    assert len(mock.requests_to("/generation")) == 1


async def test_content_and_feedback(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/generation/content", {"data": {"input": {"prompt": "hi"}, "output": {}}})
    mock.reply_json("/generation/feedback", {"data": {"success": True}})
    content = await run(lambda c: c.generations.content("gen-1"))
    assert as_json(content)["data"]["input"] == {"prompt": "hi"}
    await run(lambda c: c.generations.feedback(generation_id="gen-1", category="latency"))
    assert mock.last_request.json == {"generation_id": "gen-1", "category": "latency"}
