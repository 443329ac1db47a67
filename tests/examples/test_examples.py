"""Every script in examples/ runs against the local mock, as a user would run it (a subprocess
with OPENROUTER_API_KEY/OPENROUTER_BASE_URL pointing at the mock), and prints what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from openrouter_client.testing import MockOpenRouter
from tests.conftest import ROOT
from tests.resources.conftest import sample
from tests.spec_contract import assert_valid_request

EXAMPLES = ROOT / "examples"
Setup = Callable[[MockOpenRouter], None]


def _nothing(mock: MockOpenRouter) -> None:
    """The mock's defaults (a chat answer, a model catalogue, credits...) are enough."""


def _long_story(mock: MockOpenRouter) -> None:
    mock.reply_text("Once upon a time " * 50, chunk_size=5)


def _reasoning(mock: MockOpenRouter) -> None:
    mock.reply_text("No.", reasoning="1,000,003 = 29 * 34,483.")
    mock.reply_text("It has the factor 29.")


def _logprobs(mock: MockOpenRouter) -> None:
    body = sample("chat-completion-response.spec-example.json")
    body["choices"][0]["message"]["content"] = "Paris"
    body["choices"][0]["logprobs"] = {
        "content": [
            {
                "token": "Paris",
                "logprob": -0.01,
                "bytes": list(b"Paris"),
                "top_logprobs": [
                    {"token": "Paris", "logprob": -0.01, "bytes": None},
                    {"token": "paris", "logprob": -4.6, "bytes": None},
                ],
            }
        ],
        "refusal": None,
    }
    mock.reply_json("/chat/completions", body)


# script name -> (mock setup, text its output must contain)
CASES: dict[str, tuple[Setup, str]] = {
    "chat.py": (_nothing, "tokens, $"),
    "stream.py": (_nothing, "finish_reason=stop"),
    "stream_cancel.py": (_long_story, "kept 40 characters: 'Once upon a time"),
    "async_fanout.py": (_nothing, "google/gemini-2.0-flash-001"),
    "reasoning.py": (_reasoning, "reasoning: 1,000,003 = 29 * 34,483."),
    "logprobs.py": (_logprobs, "'Paris': p=0.990  (also: 'Paris', 'paris')"),
    "list_models.py": (_nothing, "/M prompt tokens"),
    "get_generation.py": (_nothing, "cost:     $"),
    "check_credits.py": (_nothing, "left"),
}


def test_every_example_has_a_test_case() -> None:
    scripts = {path.name for path in EXAMPLES.glob("*.py") if not path.name.startswith("_")}
    assert scripts == set(CASES)


def run_example(name: str, mock: MockOpenRouter) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **mock.env()}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_example_runs_against_the_mock(name: str) -> None:
    setup, expected = CASES[name]
    with MockOpenRouter() as mock:
        setup(mock)
        result = run_example(name, mock)
        requests = mock.requests
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout, result.stdout
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
