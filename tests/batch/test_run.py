"""Bulk runs end to end against the mock: results by custom_id, errors on their line, 429s
absorbed, resume, budget; through the lean wire and through a user's httpx client alike."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_client import OpenRouter
from openrouter_client.batch import BatchInputError, BatchSummary
from openrouter_client.batch._wire import ClientWire, LeanWire, wire_for
from openrouter_client.testing import MockOpenRouter, Raw, Response, Send

from .conftest import MODEL, chat, read_results, write_jsonl


@pytest.fixture
def mock() -> Any:
    with MockOpenRouter() as server:
        yield server


def mixed_requests() -> list[dict[str, Any]]:
    return [
        chat("c1", "one"),
        chat("c2", "two"),
        {"custom_id": "e1", "url": "/v1/embeddings", "body": {"model": MODEL, "input": "text"}},
        {"custom_id": "r1", "url": "/v1/responses", "body": {"model": MODEL, "input": "hi"}},
    ]


def test_every_request_gets_one_result_line_matched_by_custom_id(
    mock: MockOpenRouter, tmp_path: Path
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", mixed_requests())
    with mock.client() as client:
        summary = client.batch.run(source, tmp_path / "out.jsonl")
    results = read_results(tmp_path / "out.jsonl")
    assert set(results) == {"c1", "c2", "e1", "r1"}
    for record in results.values():
        assert record["error"] is None
        assert record["response"]["status_code"] == 200
    assert results["c1"]["response"]["body"]["object"] == "chat.completion"
    assert results["e1"]["response"]["body"]["data"][0]["embedding"]
    assert results["r1"]["response"]["body"]["object"] == "response"
    assert (summary.succeeded, summary.failed, summary.sent) == (4, 0, 4)
    paths = sorted(r.route for r in mock.requests)
    assert paths == ["/chat/completions", "/chat/completions", "/embeddings", "/responses"]
    assert summary.cost > 0 and summary.prompt_tokens > 0  # from each answer's usage


def test_the_async_client_and_a_users_http_client_give_the_same_lines(
    mock: MockOpenRouter, tmp_path: Path
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", mixed_requests())

    async def run() -> tuple[BatchSummary, BatchSummary]:
        async with mock.async_client() as lean, httpx.AsyncClient() as http:
            assert isinstance(wire_for(lean), LeanWire)
            own = mock.async_client(http_client=http)
            assert isinstance(wire_for(own), ClientWire)  # proxies, mounts, hooks kept
            first = await lean.batch.run(source, tmp_path / "lean.jsonl")
            second = await own.batch.run(source, tmp_path / "httpx.jsonl")
            return first, second

    first, second = asyncio.run(run())
    assert first.succeeded == second.succeeded == 4

    def shape(path: Path) -> dict[str, Any]:
        return {
            cid: (r["response"]["status_code"], sorted(r["response"]["body"]), r["error"])
            for cid, r in read_results(path).items()
        }

    assert shape(tmp_path / "lean.jsonl") == shape(tmp_path / "httpx.jsonl")


def test_errors_are_recorded_on_their_line_and_the_run_goes_on(
    mock: MockOpenRouter, tmp_path: Path
) -> None:
    bad_role = {
        "custom_id": "bad",
        "body": {"model": MODEL, "messages": [{"role": "usr", "content": "x"}]},
    }
    unsendable = {"custom_id": "nobody", "body": "not an object"}
    source = write_jsonl(tmp_path / "in.jsonl", [chat("ok"), bad_role, unsendable])
    with mock.client() as client:  # unchecked: the server's refusal lands on the line
        summary = client.batch.run(source, tmp_path / "out.jsonl", check=False)
    results = read_results(tmp_path / "out.jsonl")
    assert results["ok"]["error"] is None
    assert results["bad"]["response"]["status_code"] == 400  # the mock validates like OpenRouter
    assert results["bad"]["error"]["code"] == "400"
    assert "role" in results["bad"]["error"]["message"]
    assert results["bad"]["response"]["body"]["error"]["code"] == 400  # the envelope, verbatim
    assert results["nobody"]["response"] is None
    assert results["nobody"]["error"]["code"] == "invalid_request"
    assert len(mock.requests) == 2  # the unsendable line never went out
    assert (summary.succeeded, summary.failed) == (1, 2)


def test_a_body_the_spec_refuses_is_not_sent_and_says_why(
    mock: MockOpenRouter, tmp_path: Path
) -> None:
    def line(custom_id: str, **body: Any) -> dict[str, Any]:
        return {"custom_id": custom_id, "body": {"model": MODEL, **body}}

    hi = [{"role": "user", "content": "hi"}]
    requests = [
        line("role", messages=[{"role": "usr", "content": "x"}]),
        line("type", messages=hi, temperature="hot"),
        line("empty", messages=[]),
        line("unknown-key", messages=hi, a_field_newer_than_the_spec=1),  # the server decides
        {"custom_id": "embed", "url": "/v1/embeddings", "body": {"model": MODEL, "input": 7}},
        chat("fine"),
    ]
    source = write_jsonl(tmp_path / "in.jsonl", requests)
    with mock.client() as client:
        summary = client.batch.run(source, tmp_path / "out.jsonl")
    results = read_results(tmp_path / "out.jsonl")
    refused = {"role": "'usr' is not one of", "type": "temperature must be a number",
               "empty": "messages is empty", "embed": "input must be"}  # fmt: skip
    for custom_id, words in refused.items():
        error = results[custom_id]["error"]
        assert error["code"] == "invalid_request" and results[custom_id]["response"] is None
        assert (
            error["message"].startswith("body refused by the spec: ") and words in error["message"]
        )
    assert results["fine"]["error"] is None
    assert results["unknown-key"]["response"]["status_code"] == 400  # sent: the mock refuses it
    sent = [r.json for r in mock.requests]
    assert sorted("a_field_newer_than_the_spec" in body for body in sent) == [False, True]
    assert (summary.succeeded, summary.failed, summary.sent) == (1, 5, 2)


def test_a_rate_limit_never_ends_the_run(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [chat(f"q{i}") for i in range(40)])
    with MockOpenRouter(rate_limit=10, rate_window=0.5) as mock, mock.client() as client:
        summary = client.batch.run(source, tmp_path / "out.jsonl")
        assert mock.rate_limited > 0  # the pacer started above 20/s: it had to find the limit
        assert summary.rate_limited == mock.rate_limited
    results = read_results(tmp_path / "out.jsonl")
    assert len(results) == 40
    assert all(r["error"] is None for r in results.values())
    assert summary.sent == 40 + summary.rate_limited  # each 429 sent again, nothing else


def test_retryable_failures_are_retried_and_the_rest_recorded_at_once(
    mock: MockOpenRouter, tmp_path: Path, no_backoff: list[int]
) -> None:
    mock.reply_error(502, times=2)  # the first two sends fail, then the mock answers
    source = write_jsonl(tmp_path / "in.jsonl", [chat("a")])
    with mock.client() as client:
        summary = client.batch.run(source, tmp_path / "out.jsonl", concurrency=1)
    assert read_results(tmp_path / "out.jsonl")["a"]["error"] is None
    assert (summary.sent, summary.retried) == (3, 2)

    mock.reply_error(402, "Insufficient credits")
    write_jsonl(tmp_path / "in.jsonl", [chat("b")])
    with mock.client() as client:
        summary = client.batch.run(tmp_path / "in.jsonl", tmp_path / "out2.jsonl")
    record = read_results(tmp_path / "out2.jsonl")["b"]
    assert record["error"] == {"code": "402", "message": "Insufficient credits"}
    assert summary.sent == 1


def test_max_attempts_bounds_retries_of_unreachable_hosts(
    tmp_path: Path, no_backoff: list[int]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [chat("a"), chat("b")])
    with OpenRouter(api_key="sk-or-v1-test", base_url="http://127.0.0.1:9/api/v1") as client:
        summary = client.batch.run(source, tmp_path / "out.jsonl", max_attempts=2)
    results = read_results(tmp_path / "out.jsonl")
    assert {r["error"]["code"] for r in results.values()} == {"connection_error"}
    assert results["a"]["response"] is None
    assert (summary.sent, summary.failed) == (4, 2)


def test_rerunning_sends_only_what_is_missing(mock: MockOpenRouter, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [chat(f"q{i}") for i in range(20)])
    output = tmp_path / "out.jsonl"
    with mock.client() as client:
        # a budget below one answer's cost: stops after what was in flight
        first = client.batch.run(source, output, max_cost=1e-9, concurrency=1)
        assert first.stopped == "max_cost"
        assert first.succeeded == 1
        sent_before = len(mock.requests)
        second = client.batch.run(source, output)
    assert second.skipped == 1
    assert second.succeeded == 19
    assert len(mock.requests) - sent_before == 19  # nothing already in the journal sent again
    assert len(read_results(output)) == 20


def test_retry_failed_sends_the_failed_again_and_keeps_one_line_each(
    mock: MockOpenRouter, tmp_path: Path
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [chat("a"), chat("b")])
    output = tmp_path / "out.jsonl"
    mock.reply_error(400, "bad", times=1)
    with mock.client() as client:
        client.batch.run(source, output, concurrency=1)
        assert sum(r["error"] is not None for r in read_results(output).values()) == 1
        client.batch.run(source, output)  # without retry_failed: nothing to do
        assert len(mock.requests) == 2
        summary = client.batch.run(source, output, retry_failed=True)
    assert summary.succeeded == 1
    results = read_results(output)
    assert len(results) == 2 and all(r["error"] is None for r in results.values())


def test_a_repeated_custom_id_stops_the_run_after_what_came_before(
    mock: MockOpenRouter, tmp_path: Path
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [chat("a"), chat("b"), chat("a")])
    with mock.client() as client, pytest.raises(BatchInputError, match="'a' appears twice"):
        client.batch.run(source, tmp_path / "out.jsonl")
    assert set(read_results(tmp_path / "out.jsonl")) == {"a", "b"}  # in flight: landed


def test_dicts_in_progress_and_the_summary(mock: MockOpenRouter, tmp_path: Path) -> None:
    seen: list[int] = []
    with mock.client() as client:
        summary = client.batch.run(
            [chat("a"), chat("b")],
            tmp_path / "out.jsonl",
            progress=lambda s: seen.append(s.finished),
        )
    assert seen and seen[0] == 0
    data = summary.as_dict()
    assert data["succeeded"] == 2 and data["remaining"] == 0 and data["total"] == 2
    json.dumps(data)  # the CLI prints it
    assert "2 succeeded" in summary.describe()


def test_the_blocking_run_refuses_a_running_event_loop(
    mock: MockOpenRouter, tmp_path: Path
) -> None:
    async def inside() -> None:
        with mock.client() as client:
            client.batch.run([chat("a")], tmp_path / "out.jsonl")

    with pytest.raises(RuntimeError, match="await AsyncOpenRouter"):
        asyncio.run(inside())


@pytest.mark.parametrize("bad", [{"concurrency": 0}, {"max_attempts": -1}, {"max_cost": 0}])
def test_options_are_checked(mock: MockOpenRouter, tmp_path: Path, bad: dict[str, Any]) -> None:
    with mock.client() as client, pytest.raises(ValueError, match=next(iter(bad))):
        client.batch.run([chat("a")], tmp_path / "out.jsonl", **bad)


def test_the_key_appears_in_no_line_and_no_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "sk-or-v1-batchsecret-0123456789"
    caplog.set_level(logging.DEBUG)
    mock = MockOpenRouter(api_key="sk-or-v1-the-right-one")
    with mock, OpenRouter(api_key=secret, base_url=mock.base_url) as client:
        summary = client.batch.run([chat("a")], tmp_path / "out.jsonl")
    record = read_results(tmp_path / "out.jsonl")["a"]
    assert record["response"]["status_code"] == 401
    assert summary.failed == 1
    assert secret not in (tmp_path / "out.jsonl").read_text()
    assert secret not in caplog.text
    assert secret not in repr(summary)


# -- the lean wire: HTTP/1.1 framing and kept-alive connections --------------------------------


def test_the_lean_wire_reads_chunked_answers_and_reconnects_after_a_server_close(
    mock: MockOpenRouter, tmp_path: Path
) -> None:
    body = b'{"id":"gen-1","object":"chat.completion","choices":[]}'
    mock.reply(
        Response(
            200,
            {"Content-Type": "application/json"},
            [Send(body[:10]), Send(body[10:])],
            framing="chunked",
        )
    )
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(
        body
    )
    mock.reply(Raw(head + body))  # answers, then closes the kept-alive connection
    source = write_jsonl(tmp_path / "in.jsonl", [chat(f"q{i}") for i in range(4)])
    with mock.client() as client:
        summary = client.batch.run(source, tmp_path / "out.jsonl", concurrency=1)
    results = read_results(tmp_path / "out.jsonl")
    assert summary.succeeded == 4
    assert [results[f"q{i}"]["response"]["body"]["id"] for i in (0, 1)] == ["gen-1", "gen-1"]
    assert mock.connections_total >= 2  # a fresh connection after the close, no failed line
