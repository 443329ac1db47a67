"""The pytest fixture, the cheap import, and the project's own client against the mock."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from openrouter_client import StreamError, user
from openrouter_client.testing import MockOpenRouter


def test_fixture_gives_a_running_mock(openrouter_mock: MockOpenRouter) -> None:
    openrouter_mock.reply_text("from the fixture")
    with openrouter_mock.client(max_retries=0) as client:
        reply = client.chat.completions.create(model="a/b", messages=[user("Hi")])
    assert reply.choices[0].message.content == "from the fixture"
    assert openrouter_mock.last_request.bearer_token == openrouter_mock.api_key


def test_import_is_cheap_and_does_not_load_httpx() -> None:
    code = "import sys, openrouter_client.testing, openrouter_client.testing.pytest_plugin; print('httpx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_plugin_fails_a_test_whose_handler_raised(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import httpx

            def test_ok(openrouter_mock):
                r = httpx.get(openrouter_mock.url("/models"))
                assert r.status_code == 200

            def test_handler_bug(openrouter_mock):
                openrouter_mock.on("/models", lambda request: request.json["missing"])
                assert httpx.get(openrouter_mock.url("/models")).status_code == 500
            """
        )
    )
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "openrouter_client.testing.pytest_plugin",
            "-p",
            "no:cacheprovider",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
    )
    assert "2 passed, 1 error" in result.stdout, result.stdout  # the test passed, its teardown not
    assert "MockOpenRouter handler error" in result.stdout


def test_client_streams_and_reports_mid_stream_errors(openrouter_mock: MockOpenRouter) -> None:
    mock = openrouter_mock
    mock.reply_text("one two three", usage={"cost": 0.25})
    mock.stream_error("par", code=429, metadata={"error_type": "rate_limit_exceeded"})
    with mock.client(max_retries=0) as client:
        with client.chat.completions.create(model="a/b", messages=[user("Hi")], stream=True) as s:
            assert list(s.iter_text()) == ["one", " two", " three"]
            final = s.get_final_completion()
        assert final.usage and final.usage.cost == 0.25
        with (
            pytest.raises(StreamError, match="Rate limit exceeded"),
            client.chat.completions.create(model="a/b", messages=[user("Hi")], stream=True) as s,
        ):
            s.until_done()
    assert mock.wait_for_connections(0)


def test_async_client_against_the_mock(openrouter_mock: MockOpenRouter) -> None:
    openrouter_mock.reply_tool_calls([{"name": "get_weather", "arguments": {"city": "Oslo"}}])

    async def main() -> str:
        async with openrouter_mock.async_client(max_retries=0) as client:
            stream = await client.chat.completions.create(
                model="a/b", messages=[user("Hi")], stream=True
            )
            async with stream:
                final = await stream.get_final_completion()
        calls = final.choices[0].message.tool_calls
        assert calls
        return calls[0].function.arguments

    assert asyncio.run(main()) == '{"city": "Oslo"}'


def test_the_fixture_plugin_is_registered_for_every_pytest_run() -> None:
    from importlib.metadata import entry_points

    plugins = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert plugins.get("openrouter_client") == "openrouter_client.testing.pytest_plugin"
