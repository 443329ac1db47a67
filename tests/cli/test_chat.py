"""``chat``: streamed and whole answers, stdin prompts, options sent, usage on stderr, JSON."""

from __future__ import annotations

import json
import re

from openrouter_client.cli._parser import DEFAULT_MODEL
from openrouter_client.testing import MockOpenRouter
from tests.spec_contract import assert_valid_request

from .conftest import Cli, clean_env

ANSWER = "Rayleigh scattering: short wavelengths scatter more. Ça va ✓"


def test_streams_the_answer_to_stdout_and_usage_to_stderr(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_text(ANSWER, usage={"cost": 0.0123, "prompt_tokens": 11, "completion_tokens": 17})
    done = cli("chat", "Why is the sky blue?")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ANSWER + "\n"
    body = mock.last_request.json
    assert body["stream"] is True
    assert body["model"] == DEFAULT_MODEL
    assert body["messages"] == [{"role": "user", "content": "Why is the sky blue?"}]
    assert_valid_request("POST", "/chat/completions", body)
    usage = done.stderr.strip()
    assert "11 prompt + 17 completion = 28 tokens" in usage
    assert "cost $0.0123" in usage
    assert f"model {DEFAULT_MODEL}" in usage
    assert re.search(r"generation gen-\S+", usage)


def test_sends_model_system_temperature_and_max_tokens(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_text("ok")
    done = cli(
        "chat",
        "Hi",
        "--model",
        "anthropic/claude-sonnet-4.5",
        "--system",
        "Answer tersely.",
        "--temperature",
        "0",
        "--max-tokens",
        "50",
    )
    assert done.returncode == 0, done.stderr
    body = mock.last_request.json
    assert body["model"] == "anthropic/claude-sonnet-4.5"
    assert body["messages"] == [
        {"role": "system", "content": "Answer tersely."},
        {"role": "user", "content": "Hi"},
    ]
    assert body["temperature"] == 0
    assert body["max_tokens"] == 50
    assert_valid_request("POST", "/chat/completions", body)
    assert "model anthropic/claude-sonnet-4.5" in done.stderr


def test_reads_the_prompt_from_stdin(mock: MockOpenRouter, cli: Cli) -> None:
    prompt = "Summarize:\nline one\nline two é"
    for args in (("chat",), ("chat", "-")):
        mock.reply_text("summary")
        done = cli(*args, input=prompt + "\n")
        assert done.returncode == 0, done.stderr
        assert done.stdout == "summary\n"
        assert mock.last_request.json["messages"] == [{"role": "user", "content": prompt}]


def test_no_stream_prints_the_whole_answer(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_text(ANSWER, usage={"cost": 0.5})
    done = cli("chat", "--no-stream", "Hi")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ANSWER + "\n"
    assert "stream" not in mock.last_request.json
    assert "cost $0.50" in done.stderr


def test_json_prints_the_final_completion_streamed_or_not(mock: MockOpenRouter, cli: Cli) -> None:
    for extra in ((), ("--no-stream",)):
        mock.reply_text(ANSWER, usage={"cost": 0.25})
        done = cli("chat", "--json", *extra, "Hi")
        assert done.returncode == 0, done.stderr
        completion = json.loads(done.stdout)
        assert completion["choices"][0]["message"]["content"] == ANSWER
        assert completion["usage"]["cost"] == 0.25
        assert completion["model"] == DEFAULT_MODEL
        assert mock.last_request.json.get("stream", False) is (not extra)
        assert done.stderr == ""


def test_stream_error_keeps_the_partial_answer(mock: MockOpenRouter, cli: Cli) -> None:
    mock.stream_error("The first half", code=502, message="Provider disconnected")
    done = cli("chat", "Hi")
    assert done.returncode == 1
    assert done.stdout == "The first half\n"
    assert "error: stream failed:" in done.stderr
    assert "Provider disconnected" in done.stderr
    assert "Traceback" not in done.stderr


def test_stream_error_with_json_prints_what_arrived(mock: MockOpenRouter, cli: Cli) -> None:
    mock.stream_error("The first half", code=502, message="Provider disconnected")
    done = cli("chat", "--json", "Hi")
    assert done.returncode == 1
    assert json.loads(done.stdout)["choices"][0]["message"]["content"] == "The first half"
    assert "Provider disconnected" in done.stderr


def test_empty_prompt_is_a_usage_error(mock: MockOpenRouter, cli: Cli) -> None:
    for args, stdin in ((("chat", "  "), ""), (("chat",), "\n")):
        done = cli(*args, input=stdin)
        assert done.returncode == 2
        assert "error: empty prompt" in done.stderr
    assert mock.requests == []


def test_missing_key_says_to_set_it(mock: MockOpenRouter, cli: Cli) -> None:
    env = clean_env({"OPENROUTER_BASE_URL": mock.base_url})
    done = cli("chat", "Hi", env=env)
    assert done.returncode == 2
    assert "OPENROUTER_API_KEY" in done.stderr
    assert "Traceback" not in done.stderr
    assert mock.requests == []


def test_api_key_option_is_sent_and_never_printed(mock: MockOpenRouter, cli: Cli) -> None:
    key = "sk-or-v1-cli-option-0123456789abcdef"
    mock.reply_text("ok")
    env = clean_env({"OPENROUTER_BASE_URL": mock.base_url})
    done = cli("--api-key", key, "chat", "Hi", env=env)
    assert done.returncode == 0, done.stderr
    assert mock.last_request.bearer_token == key
    assert key not in done.stdout + done.stderr
