"""Client options are checked when the client is made: a slip fails at once, naming the option
and the fix, and an error about the key never shows any part of it."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest

from openrouter_client import AsyncOpenRouter, OpenRouter, user
from openrouter_client.testing import MockOpenRouter

KEY = "sk-or-v1-0123456789abcdef-config-test"
CLIENTS = [OpenRouter, AsyncOpenRouter]


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    monkeypatch.delenv("OPENROUTER_BASE_URL", raising=False)


def refused(exc_type: type[Exception], match: str, **options: Any) -> str:
    """Both clients refuse ``options`` with ``exc_type``; the message (same for both)."""
    messages = set()
    for cls in CLIENTS:
        with pytest.raises(exc_type, match=match) as caught:
            cls(**options)
        messages.add(str(caught.value))
    assert len(messages) == 1
    return messages.pop()


@pytest.mark.parametrize(
    ("key", "says"),
    [
        (KEY + "\n", "contains a newline at its end; keys are printable ASCII only (strip it"),
        (KEY + "\r\n", "contains a carriage return at position"),
        (" " + KEY, "contains a space at its start"),
        (KEY[:10] + " " + KEY[10:], "contains a space at position 11;"),
        (KEY[:5] + "\t" + KEY[5:], "contains a tab at position 6"),
        (KEY[:5] + "\x00" + KEY[5:], "contains a control character at position 6"),
        (KEY[:5] + "é" + KEY[5:], "contains a non-ASCII character at position 6"),
    ],
)
def test_a_key_that_cannot_be_sent_is_refused_without_showing_it(key: str, says: str) -> None:
    message = refused(ValueError, "^api_key ", api_key=key)
    assert says in message
    assert KEY[:8] not in message and KEY[-8:] not in message


def test_a_key_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY + "\n")
    message = refused(ValueError, r"^\$OPENROUTER_API_KEY contains a newline at its end")
    assert KEY[-8:] not in message
    monkeypatch.setenv("OPENROUTER_API_KEY", "")  # an empty variable counts as unset
    assert "api_key=None" in repr(OpenRouter())


def test_an_empty_or_non_string_key_is_refused() -> None:
    refused(ValueError, "api_key is empty; pass your OpenRouter key", api_key="")
    refused(TypeError, "api_key must be a string, not bytes", api_key=KEY.encode())


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("127.0.0.1:8765/api/v1", "did you mean http://127.0.0.1:8765/api/v1?"),
        ("openrouter.ai/api/v1", "did you mean https://openrouter.ai/api/v1?"),
        ("ftp://openrouter.ai/api/v1", "got 'ftp://openrouter.ai/api/v1'"),
        ("https:///api/v1", "with a host"),
        ("", "with a host"),
        (" https://openrouter.ai/api/v1", "surrounding whitespace"),
    ],
)
def test_a_base_url_that_is_not_an_http_url_is_refused(url: str, says: str) -> None:
    message = refused(ValueError, "^base_url ", base_url=url)
    assert says in message


def test_a_base_url_with_credentials_does_not_show_them() -> None:
    message = refused(ValueError, "base_url", base_url="ftp://user:hunter2@host/api/v1")
    assert "hunter2" not in message


def test_base_url_from_the_environment_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_BASE_URL", "localhost:8080/api/v1")
    refused(ValueError, "did you mean http://localhost:8080/api/v1")
    monkeypatch.setenv("OPENROUTER_BASE_URL", "http://localhost:8080/api/v1/")
    assert OpenRouter().base_url == "http://localhost:8080/api/v1"


@pytest.mark.parametrize(
    ("timeout", "exc_type", "says"),
    [
        (-1, ValueError, "timeout must be 0 or more seconds"),
        (math.nan, ValueError, "timeout must be 0 or more seconds"),
        ("10", TypeError, "timeout must be a number of seconds, None or an httpx.Timeout, not str"),
        (True, TypeError, "not bool"),
    ],
)
def test_a_timeout_that_is_not_a_duration_is_refused(
    timeout: Any, exc_type: type[Exception], says: str
) -> None:
    refused(exc_type, says, timeout=timeout)


@pytest.mark.parametrize("timeout", [0, 2.5, None, httpx.Timeout(5.0, connect=1.0)])
def test_valid_timeouts_are_kept(timeout: Any) -> None:
    expected = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    assert OpenRouter(timeout=timeout).timeout == expected


@pytest.mark.parametrize("retries", [-1, 1.5, "2", True])
def test_a_retry_count_that_is_not_a_count_is_refused(retries: Any) -> None:
    refused(ValueError, "max_retries must be an int, 0 or more", max_retries=retries)


def test_default_headers_that_cannot_be_sent_are_refused_without_their_value() -> None:
    message = refused(
        ValueError, "line break", default_headers={"X-Token": "secret-value\nInjected: 1"}
    )
    assert "secret-value" not in message and "'X-Token'" in message
    refused(TypeError, "must map str to str", default_headers={"X-Count": 3})


def test_http_client_of_the_wrong_kind_is_refused() -> None:
    with httpx.Client() as sync_http, pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        AsyncOpenRouter(http_client=sync_http)  # type: ignore[arg-type]


def test_with_options_goes_through_the_same_checks_and_keeps_the_key() -> None:
    with OpenRouter(api_key=KEY, app_title="my app") as client:
        with pytest.raises(ValueError, match="timeout must be 0 or more"):
            client.with_options(timeout=-2)
        tuned = client.with_options(max_retries=0, default_headers={"X-Extra": "1"})
        assert tuned.max_retries == 0 and tuned.timeout == client.timeout
        assert tuned._config.headers["Authorization"] == f"Bearer {KEY}"
        assert tuned._config.headers["X-Title"] == "my app"
        assert tuned._config.headers["X-Extra"] == "1"
        assert tuned._transport.http is client._transport.http  # one connection pool
        tuned.close()
        assert not client._transport.http.is_closed  # the original owns the pool
        assert repr(tuned) == f"OpenRouter(base_url={client.base_url!r}, api_key=<set>)"


def test_options_make_a_twin_and_never_show_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    client = OpenRouter(timeout=12.0, app_title="my app", default_headers={"X-Team": "a"})
    options = client.options
    assert options["api_key"] == KEY  # resolved from the environment, for a twin elsewhere
    assert KEY not in repr(options) and KEY not in str(options) and "<hidden>" in repr(options)
    options["default_headers"]["X-Team"] = "changed"  # a copy: the client is not touched
    assert client.options["default_headers"] == {"X-Team": "a"}
    twin = AsyncOpenRouter(**client.options)
    assert (twin.base_url, twin.timeout, twin.max_retries) == (
        client.base_url,
        client.timeout,
        client.max_retries,
    )
    assert twin._config.headers == client._config.headers


@pytest.mark.anyio
async def test_per_call_options_are_checked_before_anything_is_sent() -> None:
    with MockOpenRouter() as mock:
        async with AsyncOpenRouter(api_key=KEY, base_url=mock.base_url) as client:
            create = client.chat.completions.create
            with pytest.raises(TypeError, match="timeout must be a number of seconds"):
                await create(model="m", messages=[user("Hi")], timeout="10")  # type: ignore[typeddict-item]
            with pytest.raises(ValueError, match="max_retries must be an int"):
                await create(model="m", messages=[user("Hi")], max_retries=-1)
            with pytest.raises(ValueError, match="extra_headers 'X-Token' contains a line") as e:
                await create(
                    model="m", messages=[user("Hi")], extra_headers={"X-Token": "abc\r\ndef"}
                )
            assert "abc" not in str(e.value)
        assert mock.requests == []
