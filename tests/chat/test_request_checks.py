"""Requests are checked against the spec before they leave: each slip a user makes fails with a
message naming the field and the fix, and nothing is sent; valid requests, ``extra_body``
included, go out byte for byte."""

from __future__ import annotations

import json
from typing import Any

import pytest

from openrouter_client import user
from openrouter_client.testing import MockOpenRouter
from tests.chat.conftest import HI, MODEL
from tests.resources.conftest import Run

pytestmark = pytest.mark.anyio


async def refused(run: Run, mock: MockOpenRouter, exc_type: type[Exception], call: Any) -> str:
    with pytest.raises(exc_type) as caught:
        await run(call)
    assert mock.requests == [], "a refused request must not be sent"
    return str(caught.value)


SLIPS: list[tuple[str, dict[str, Any], type[Exception], str]] = [
    (
        "misspelt keyword",
        {"messages": HI, "temprature": 0.2},
        TypeError,
        "unexpected keyword argument 'temprature' for POST /chat/completions; did you mean "
        "'temperature'? (a field the spec does not know yet can be sent with extra_body={...})",
    ),
    (
        "model=None",
        {"messages": HI, "model": None},
        TypeError,
        "model=None: POST /chat/completions does not accept null for 'model'; leave it out "
        "not to send it",
    ),
    (
        "temperature as text",
        {"messages": HI, "temperature": "hot"},
        TypeError,
        "temperature must be a number (or None) for POST /chat/completions, not str 'hot'",
    ),
    (
        "message without role",
        {"messages": [{"content": "Hi"}]},
        ValueError,
        "messages[0] has no 'role'; it is one of 'assistant', 'developer', 'system', 'tool', "
        "'user'",
    ),
    (
        "role usr",
        {"messages": [{"role": "usr", "content": "Hi"}]},
        ValueError,
        "messages[0]: role 'usr' is not one of 'assistant', 'developer', 'system', 'tool', "
        "'user' for POST /chat/completions (did you mean 'user'?)",
    ),
    (
        "no messages",
        {"messages": []},
        ValueError,
        "messages is empty; POST /chat/completions needs at least 1 item",
    ),
    (
        "tool message without its call id",
        {"messages": [{"role": "tool", "content": "42"}]},
        ValueError,
        "messages[0] (role 'tool') has no 'tool_call_id', which it needs",
    ),
    (
        "an enum the spec closes",
        {"messages": HI, "service_tier": "fastest"},
        ValueError,
        "service_tier='fastest' is not one of 'auto', 'default', 'fast', 'flex', 'priority', "
        "'scale' for POST /chat/completions (did you mean 'fast'?)",
    ),
]


@pytest.mark.parametrize(
    ("slip", "params", "exc_type", "message"), SLIPS, ids=[s[0] for s in SLIPS]
)
async def test_a_slip_fails_before_anything_is_sent(
    run: Run,
    mock: MockOpenRouter,
    slip: str,
    params: dict[str, Any],
    exc_type: type[Exception],
    message: str,
) -> None:
    params.setdefault("model", MODEL)
    shown = await refused(run, mock, exc_type, lambda c: c.chat.completions.create(**params))
    assert shown == message


async def test_streams_and_parse_are_checked_too(run: Run, mock: MockOpenRouter) -> None:
    await refused(
        run,
        mock,
        TypeError,
        lambda c: c.chat.completions.create(model=MODEL, messages=HI, stream=True, seeed=1),
    )


async def test_valid_requests_and_extra_body_go_out_as_given(
    run: Run, mock: MockOpenRouter
) -> None:
    mock.extra_fields = frozenset({"n", "provider_specific"})  # the mock checks too
    extra = {"n": 2, "provider_specific": {"anything": [1, None]}}
    await run(
        lambda c: c.chat.completions.create(
            model=MODEL,
            messages=[user("Hi"), {"role": "assistant", "content": None}, user("again")],
            temperature=None,  # nullable: sent as null
            seed=7,
            extra_body=extra,
        )
    )
    sent = json.loads(mock.last_request.body)
    assert sent == {
        "model": MODEL,
        "messages": [
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": None},
            {"role": "user", "content": "again"},
        ],
        "temperature": None,
        "seed": 7,
        **extra,
    }


async def test_other_resources_and_client_api_are_checked(run: Run, mock: MockOpenRouter) -> None:
    shown = await refused(
        run, mock, ValueError, lambda c: c.models.list(category="cooking").first_page()
    )
    assert shown.startswith("category='cooking' is not one of 'programming', 'roleplay'")
    shown = await refused(
        run, mock, TypeError, lambda c: c.models.list(sortt="newest").first_page()
    )
    assert "unexpected keyword argument 'sortt' for GET /models; did you mean 'sort'?" in shown
    shown = await refused(
        run, mock, TypeError, lambda c: c.api.api_keys.create_keys(body={"name": 123})
    )
    assert shown == "name must be a string for POST /keys, not int 123"
    shown = await refused(
        run, mock, TypeError, lambda c: c.embeddings.create(model="e/x", inputs=["a"])
    )
    assert "did you mean 'input'?" in shown
