"""Failures: one ``error:`` line on stderr, no traceback, the documented exit code, no key shown."""

from __future__ import annotations

import socket

from openrouter_client.testing import MockOpenRouter, faults

from .conftest import Cli, clean_env

SECRET = "sk-or-v1-wrong-key-SECRET0123456789"


def _assert_one_clean_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def test_401_names_status_message_and_code_without_the_key(cli: Cli) -> None:
    with MockOpenRouter(api_key="sk-or-v1-the-right-one") as strict:
        env = clean_env({"OPENROUTER_API_KEY": SECRET, "OPENROUTER_BASE_URL": strict.base_url})
        done = cli("chat", "Hi", env=env)
    assert done.returncode == 1
    line = _assert_one_clean_line(done.stderr)
    assert line.startswith("error: 401 Unauthorized: User not found. (code 401")
    assert "OPENROUTER_API_KEY" in line
    assert "SECRET0123456789" not in done.stdout + done.stderr


def test_404_of_a_generation(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_error(404, "Generation not found", path="/generation")
    done = cli("generation", "gen-missing")
    assert done.returncode == 1
    line = _assert_one_clean_line(done.stderr)
    assert line.startswith("error: 404 Not Found:")
    assert "gen-missing" in line
    assert "Generation not found" in line
    assert done.stdout == ""


def test_404_of_a_model_in_chat(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_error(404, "No endpoints found for nobody/nothing.")
    done = cli("chat", "--model", "nobody/nothing", "Hi")
    assert done.returncode == 1
    line = _assert_one_clean_line(done.stderr)
    assert line == (
        "error: 404 Not Found: No endpoints found for nobody/nothing. (code 404)"
        " [POST /api/v1/chat/completions]"
    )


def test_429_without_retries(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_error(429, "Rate limit exceeded", path="/credits", headers={"Retry-After": "30"})
    done = cli("--max-retries", "0", "credits")
    assert done.returncode == 1
    assert _assert_one_clean_line(done.stderr).startswith("error: 429 Too Many Requests:")
    assert len(mock.requests_to("/credits")) == 1


def test_connection_refused_is_exit_3(cli: Cli) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base_url = f"http://127.0.0.1:{port}/api/v1"
    done = cli("--max-retries", "0", "--base-url", base_url, "credits")
    assert done.returncode == 3
    line = _assert_one_clean_line(done.stderr)
    assert "could not reach OpenRouter" in line
    assert f"127.0.0.1:{port}" in line
    assert "Connection refused" in line or "ConnectError" in line


def test_timeout_is_exit_3(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_json("/credits", {"data": {}}, delay=5)
    done = cli("--timeout", "0.3", "--max-retries", "0", "credits")
    assert done.returncode == 3
    assert _assert_one_clean_line(done.stderr).startswith("error: timed out:")


def test_bad_arguments_are_exit_2(cli: Cli) -> None:
    for args in (("models", "--sort", "size"), ("--timeout", "-1", "credits"), ("nonsense",)):
        done = cli(*args)
        assert done.returncode == 2, args
        assert "usage:" in done.stderr
        assert "Traceback" not in done.stderr
    done = cli()
    assert done.returncode == 2
    assert "COMMAND" in done.stderr


def test_connection_reset_mid_stream_is_exit_3_and_keeps_the_text(
    mock: MockOpenRouter, cli: Cli
) -> None:
    mock.reply(faults.reset_mid_stream(after_text="Half an ans"))
    done = cli("--max-retries", "0", "chat", "Hi")
    assert done.returncode == 3
    assert done.stdout == "Half an ans\n"
    line = _assert_one_clean_line(done.stderr)
    assert line.startswith("error: stream failed: chat completion stream broke off")


def test_error_event_without_http_status_is_an_api_error(mock: MockOpenRouter, cli: Cli) -> None:
    mock.stream_error("Some text", code="server_error", message="Upstream exploded")
    done = cli("chat", "Hi")
    assert done.returncode == 1
    assert done.stdout == "Some text\n"
    line = _assert_one_clean_line(done.stderr)
    assert line.startswith("error: stream failed: Upstream exploded")
    assert "code server_error" in line


def test_a_key_with_a_newline_is_a_usage_error_that_does_not_show_it(mock: MockOpenRouter) -> None:
    env = clean_env({"OPENROUTER_API_KEY": SECRET + "\n", "OPENROUTER_BASE_URL": mock.base_url})
    done = Cli(env)("chat", "Hi")
    assert done.returncode == 2
    line = _assert_one_clean_line(done.stderr)
    assert line == (
        "error: $OPENROUTER_API_KEY contains a newline at its end; keys are printable ASCII only"
        " (strip it: key.strip())"
    )
    assert "SECRET0123456789" not in done.stdout + done.stderr
    assert mock.requests == []  # refused before anything was sent
    flagged = Cli(clean_env())("--api-key", SECRET + " ", "chat", "Hi")
    assert flagged.returncode == 2 and "--api-key contains a space at its end" in flagged.stderr


def test_a_base_url_without_a_scheme_is_a_usage_error(mock: MockOpenRouter) -> None:
    base = mock.base_url.removeprefix("http://")
    done = Cli(clean_env({"OPENROUTER_API_KEY": SECRET}))("--base-url", base, "chat", "Hi")
    assert done.returncode == 2
    assert f"did you mean http://{base}?" in _assert_one_clean_line(done.stderr)
