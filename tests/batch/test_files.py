"""The JSONL contract: request lines read, result lines written, the output file as journal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openrouter_client.batch import BatchInputError, Journal, JournalError, read_requests
from openrouter_client.batch._lines import error_line, parse_request, result_line


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/v1/chat/completions", "/chat/completions"),  # OpenAI Batch files as they are
        ("/api/v1/embeddings", "/embeddings"),
        ("responses", "/responses"),
        ("https://openrouter.ai/api/v1/chat/completions", "/chat/completions"),
    ],
)
def test_urls_of_openai_and_openrouter_become_paths(url: str, path: str) -> None:
    request = parse_request({"custom_id": "a", "url": url, "body": {}}, check=False)
    assert (request.path, request.method, request.problem) == (path, "POST", None)


def test_a_body_is_checked_against_the_operation_its_url_names() -> None:
    def problem(url: str, body: dict[str, object], check: bool = True) -> str | None:
        return parse_request({"custom_id": "a", "url": url, "body": body}, check=check).problem

    assert problem("/v1/embeddings", {"model": "m", "input": "text"}) is None
    assert "requires 'input'" in str(problem("/v1/embeddings", {"model": "m"}))
    assert problem("/v1/embeddings", {"model": "m"}, check=False) is None
    assert problem("/v1/a/path/the/spec/lacks", {"anything": 1}) is None  # nothing to check


def test_method_and_url_default_to_a_chat_completion() -> None:
    request = parse_request({"custom_id": "a", "body": {"model": "m"}})
    assert (request.method, request.path, request.body) == (
        "POST",
        "/chat/completions",
        {"model": "m"},
    )


def test_a_line_that_cannot_be_sent_keeps_its_id_and_says_why() -> None:
    request = parse_request({"custom_id": "a", "method": "FETCH", "body": [], "extra": 1})
    assert request.custom_id == "a"
    assert request.problem is not None
    for word in ("'extra'", "FETCH", "body must be a JSON object"):
        assert word in request.problem


def test_lines_without_an_id_or_not_json_stop_the_run_naming_the_line(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"custom_id": "a", "body": {}}\n\n{"body": {}}\n')
    requests = read_requests(source)
    assert next(requests).custom_id == "a"
    with pytest.raises(BatchInputError, match=r"in\.jsonl line 3: every request needs"):
        next(requests)
    source.write_text('{"custom_id": "a", "body": {}\n')
    with pytest.raises(BatchInputError, match="line 1: not JSON"):
        list(read_requests(source))


def test_input_is_read_lazily(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"custom_id": "a", "body": {}}\nnot json at all\n')
    requests = read_requests(source)
    assert next(requests).custom_id == "a"  # the bad second line is not read yet


def _lines(*records: bytes) -> bytes:
    return b"".join(records)


def test_the_journal_skips_finished_ids_and_cuts_a_torn_last_line(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    output.write_bytes(
        _lines(
            result_line("a", 200, {"x": 1}),
            error_line("b", "400", "bad"),
            b'{"custom_id": "c", "response": {"status_co',  # killed mid-write
        )
    )
    with Journal(output) as journal:
        assert journal.finished == {"a", "b"}
        assert (journal.succeeded, journal.failed, journal.cut) == (1, 1, 42)
        journal.write(result_line("c", 200, {}))
    ids = [json.loads(line)["custom_id"] for line in output.read_text().splitlines()]
    assert ids == ["a", "b", "c"]


def test_retry_failed_removes_failed_lines_so_each_id_keeps_one(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    output.write_bytes(_lines(result_line("a", 200, {}), error_line("b", "500", "boom")))
    with Journal(output, retry_failed=True) as journal:
        assert journal.finished == {"a"}
        assert journal.removed == 1
        journal.write(result_line("b", 200, {}))
    records = [json.loads(line) for line in output.read_text().splitlines()]
    assert [(r["custom_id"], r["error"]) for r in records] == [("a", None), ("b", None)]


def test_one_run_at_a_time_per_output_file(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    with Journal(output), pytest.raises(JournalError, match="being written by another run"):
        Journal(output)
    Journal(output).close()  # free again once the first closed


def test_a_file_that_is_not_a_results_file_is_refused(tmp_path: Path) -> None:
    output = tmp_path / "requests.jsonl"
    output.write_text('{"body": {}}\n')
    with pytest.raises(JournalError, match="line 1 has no custom_id"):
        Journal(output)


def test_result_lines_are_one_compact_line_whatever_the_body() -> None:
    line = result_line("a", 200, {"text": "two\nlines", "ü": 1})
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line) == {
        "custom_id": "a",
        "response": {"status_code": 200, "body": {"text": "two\nlines", "ü": 1}},
        "error": None,
    }


def test_an_answer_goes_into_its_line_byte_for_byte_when_it_is_one_line() -> None:
    raw = b'{"id":"gen-1","n":1.50,"text":"caf\xc3\xa9 \\u00e9"}'
    line = result_line("a", 200, json.loads(raw), raw + b"\n")
    assert raw in line  # 1.50 and the escape kept as sent
    assert json.loads(line)["response"]["body"] == json.loads(raw)
    pretty = b'{\n  "id": "gen-1"\n}'
    line = result_line("a", 200, json.loads(pretty), pretty)
    assert line.count(b"\n") == 1 and json.loads(line)["response"]["body"] == {"id": "gen-1"}
    utf16 = '{"id": "x"}'.encode("utf-16-le")
    line = result_line("a", 200, {"id": "x"}, utf16)
    assert json.loads(line)["response"]["body"] == {"id": "x"}
