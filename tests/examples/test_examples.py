"""Every script in examples/ runs against the local mock, as a user would run it (a subprocess
with OPENROUTER_API_KEY/OPENROUTER_BASE_URL pointing at the mock), and prints what it promises."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from openrouter_client.testing import MockOpenRouter
from tests.conftest import ROOT
from tests.spec_contract import assert_valid_request

EXAMPLES = ROOT / "examples"
# A 1x1 PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def _reasoning(mock: MockOpenRouter) -> None:
    mock.reply_text("No.", reasoning="1,000,003 = 29 * 34,483.")
    mock.reply_text("It has the factor 29.")


def _tools(mock: MockOpenRouter) -> None:
    mock.reply_tool_calls(
        [
            {"name": "get_weather", "arguments": {"city": "Paris"}},
            {"name": "local_time", "arguments": {"city": "Paris"}},
        ]
    )
    mock.reply_text("It is 21 degrees and 14:05 in Paris.")


REVIEW = {
    "product": "X200",
    "sentiment": "positive",
    "score": 8,
    "pros": ["sound", "battery"],
    "cons": ["fit"],
}


def _review(mock: MockOpenRouter) -> None:
    mock.reply_text(json.dumps(REVIEW))


# script name -> what its output must show, run against the unscripted mock (regular
# expressions): each example shows what it is named for with the mock's defaults alone.
CASES: dict[str, str] = {
    "chat.py": r"Hello from MockOpenRouter!\n\[\d+ \+ \d+ tokens, \$",
    "stream.py": r"finish_reason=stop",
    "stream_cancel.py": (
        r"stopped early after 2 pieces: kept 'Hello from'; the rest was never read\n"
        r"the stream is closed: StreamError"
    ),
    "async_fanout.py": r"google/gemini-2.0-flash-001 \(google/gemini-2.0-flash-001\): Hello",
    "reasoning.py": r"reasoning: The user asks: 'Is 1,000,003 prime\? Answer yes or no.'",
    "logprobs.py": r"'Hello': p=0\.990  \(also: 'Hello', 'hello', 'HELLO'\)",
    "list_models.py": r"openai/gpt-4o-mini +128,000 ctx  \$0\.15/M prompt tokens",
    "get_generation.py": r"model:    openai/gpt-4o-mini via OpenAI\ntokens:   \d+ in, \d+ out",
    "check_credits.py": r"\$74\.75 left",
    "tool_loop.py": (
        r'tool get_weather\(\{"city": "example"\}\) -> \{\'city\': \'example\', '
        r"'temperature': 21, 'unit': 'celsius'\}\nanswer: Hello from MockOpenRouter!"
    ),
    "structured_output.py": r"example: positive \(1/10\)\npros: example \| cons: example",
    "vision.py": r"Hello from MockOpenRouter",
    "pdf_attachment.py": r"Hello from MockOpenRouter",
    "prompt_caching.py": r"\(cached tokens: 0\)\n.*\(cached tokens: [1-9]\d*\)",
    "web_search.py": r" - MockOpenRouter search result https://example\.com/mock-search-result",
    "fallbacks_routing.py": r"anthropic/claude-3\.5-haiku answered: Hello from MockOpenRouter",
    "bulk_run.py": (
        r"3 succeeded, 0 failed.*\n(review-\d: Hello from MockOpenRouter!\n){3}"
        r"rerun: 3 already done, 0 sent"
    ),
}


def test_every_example_has_a_test_case() -> None:
    scripts = {path.name for path in EXAMPLES.glob("*.py") if not path.name.startswith("_")}
    assert scripts == set(CASES)


def run_example(name: str, mock: MockOpenRouter, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **mock.env()}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_example_shows_what_it_is_named_for_against_the_mock(name: str) -> None:
    with MockOpenRouter() as mock:
        result = run_example(name, mock)
        requests = mock.requests
    assert result.returncode == 0, result.stderr
    assert re.search(CASES[name], result.stdout), result.stdout
    assert mock.api_key not in result.stdout + result.stderr
    for request in requests:
        if request.method == "POST" and request.json is not None:
            assert_valid_request("POST", request.route or request.path, request.json)


def test_reasoning_example_sends_the_reasoning_back_unchanged() -> None:
    with MockOpenRouter() as mock:
        _reasoning(mock)
        assert run_example("reasoning.py", mock).returncode == 0
        first, second = mock.requests
    answer = second.json["messages"][1]
    assert answer["role"] == "assistant"
    assert answer["reasoning"] == "1,000,003 = 29 * 34,483."
    assert first.json["reasoning"] == {"effort": "low", "exclude": False}


def test_tool_loop_example_sends_each_result_back_in_call_order() -> None:
    with MockOpenRouter() as mock:
        _tools(mock)
        result = run_example("tool_loop.py", mock)
        assert result.returncode == 0, result.stderr
        first, second = mock.requests
    assert [t["function"]["name"] for t in first.json["tools"]] == ["get_weather", "local_time"]
    results = [m for m in second.json["messages"] if m["role"] == "tool"]
    assert json.loads(results[0]["content"]) == {
        "city": "Paris",
        "temperature": 21,
        "unit": "celsius",
    }
    assert results[1]["content"] == "14:05"
    assert "tool get_weather" in result.stdout


def test_structured_output_example_asks_for_a_strict_schema_with_healing() -> None:
    with MockOpenRouter() as mock:
        _review(mock)
        assert run_example("structured_output.py", mock).returncode == 0
        body = mock.last_request.json
    schema = body["response_format"]["json_schema"]
    assert schema["strict"] is True
    assert schema["schema"]["properties"]["sentiment"]["enum"] == [
        "positive",
        "neutral",
        "negative",
    ]
    assert {"id": "response-healing"} in body["plugins"]


def test_vision_example_sends_a_local_image_as_a_data_url(tmp_path: Path) -> None:
    picture = tmp_path / "pixel.png"
    picture.write_bytes(PNG)
    with MockOpenRouter() as mock:
        assert run_example("vision.py", mock, str(picture)).returncode == 0
        part = mock.last_request.json["messages"][0]["content"][1]
    assert part["image_url"]["url"].startswith("data:image/png;base64,")
    assert part["image_url"]["detail"] == "low"


def test_vision_example_refuses_a_missing_file_before_sending(tmp_path: Path) -> None:
    with MockOpenRouter() as mock:
        result = run_example("vision.py", mock, str(tmp_path / "nope.png"))
        assert mock.requests == []
    assert result.returncode != 0
    assert "nope.png" in result.stderr


def test_pdf_and_routing_examples_send_what_they_say() -> None:
    with MockOpenRouter() as mock:
        assert run_example("pdf_attachment.py", mock).returncode == 0
        pdf = mock.last_request.json
        assert run_example("fallbacks_routing.py", mock).returncode == 0
        routed = mock.last_request.json
        assert run_example("prompt_caching.py", mock).returncode == 0
        cached = mock.last_request.json
    assert pdf["messages"][0]["content"][1]["type"] == "file"
    assert pdf["plugins"] == [{"id": "file-parser", "pdf": {"engine": "pdf-text"}}]
    assert routed["models"] == ["anthropic/claude-3.5-haiku", "openai/gpt-4o-mini"]
    assert routed["provider"]["allow_fallbacks"] is False
    assert cached["messages"][0]["content"][0]["cache_control"] == {
        "type": "ephemeral",
        "ttl": "1h",
    }
