"""``demo`` (``make demo``): a streamed answer with or without a key."""

from __future__ import annotations

from openrouter_client.cli._demo import MOCK_ANSWER
from openrouter_client.testing import MockOpenRouter

from .conftest import SCRIPT, Cli, clean_env

BUNDLED = "No OPENROUTER_API_KEY set: answering from the bundled local mock server"


def test_without_a_key_streams_from_the_bundled_mock(mock: MockOpenRouter, cli: Cli) -> None:
    # Through the installed console script, as `make demo` runs it; a base URL alone is not used.
    env = clean_env({"OPENROUTER_BASE_URL": mock.base_url})
    done = cli("demo", env=env, command=[str(SCRIPT)])
    assert done.returncode == 0, done.stderr
    assert done.stdout == MOCK_ANSWER + "\n"
    notes = done.stderr.splitlines()
    assert notes[0] == BUNDLED
    assert "tokens" in notes[1]
    assert "cost $" in notes[1]
    assert mock.requests == []


def test_with_a_key_asks_the_configured_server(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_text("A real-ish answer.")
    done = cli("demo", "--model", "openai/gpt-4o-mini")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "A real-ish answer.\n"
    assert "bundled" not in done.stderr
    body = mock.last_request.json
    assert body["stream"] is True
    assert body["model"] == "openai/gpt-4o-mini"


def test_mock_option_uses_the_bundled_mock_even_with_a_key(mock: MockOpenRouter, cli: Cli) -> None:
    done = cli("demo", "--mock", "What is 2+2?")
    assert done.returncode == 0, done.stderr
    assert done.stdout == MOCK_ANSWER + "\n"
    assert "--mock given: answering from the bundled local mock server" in done.stderr
    assert mock.requests == []
