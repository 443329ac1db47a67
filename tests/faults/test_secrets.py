"""The API key is shown nowhere, whatever fails: the audit in conftest (``key_shown_nowhere``)
checks every error and DEBUG log line of the fault suite; these tests check the audit itself
and the faults it cannot see."""

from __future__ import annotations

import logging

import pytest

from openrouter_client import APIConnectionError, OpenRouter, _errors

from .conftest import API_KEY, Run, ask, assert_key_hidden

pytestmark = pytest.mark.anyio


def test_the_audit_finds_a_key_deep_in_a_chain_or_a_log_line(
    key_shown_nowhere: list[BaseException],
) -> None:
    try:
        try:
            raise RuntimeError(f"Illegal header value b'Bearer {API_KEY}'")
        except RuntimeError:
            raise _errors.APIConnectionError("POST", "http://x/api/v1/chat") from None
    except APIConnectionError as error:
        caught = error  # __cause__ is None, the key is on __context__
    with pytest.raises(AssertionError, match=r"APIConnectionError|RuntimeError"):
        assert_key_hidden([caught], [])
    record = logging.LogRecord("httpcore", logging.DEBUG, __file__, 1, "sent %s", (API_KEY,), None)
    with pytest.raises(AssertionError, match="httpcore log line"):
        assert_key_hidden([], [record])
    key_shown_nowhere.clear()  # the planted leak is not one of the client's


async def test_errors_were_audited(run: Run, key_shown_nowhere: list[BaseException]) -> None:
    client = type(run.client)(api_key=API_KEY, base_url="http://127.0.0.1:9/api/v1", max_retries=0)
    try:
        with pytest.raises(APIConnectionError):
            await ask(run, stream=False, client=client)
    finally:
        result = client.close()
        if result is not None:
            await result
    assert any(isinstance(error, APIConnectionError) for error in key_shown_nowhere)


def test_a_key_with_a_newline_fails_at_construction() -> None:
    with pytest.raises(ValueError, match="contains a newline at its end") as caught:
        OpenRouter(api_key=API_KEY + "\n")
    assert API_KEY not in str(caught.value)
    assert caught.value.__context__ is None and caught.value.__cause__ is None
