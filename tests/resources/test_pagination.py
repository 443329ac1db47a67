"""Paged lists are fetched lazily, a page at a time, sync and async (offset and cursor kinds)."""

from __future__ import annotations

from typing import Any

import pytest

from openrouter_client import AsyncPager, Pager, paginate
from openrouter_client.testing import MockOpenRouter
from openrouter_client.testing._request import RecordedRequest
from tests.resources.conftest import Run, as_json

pytestmark = pytest.mark.anyio


def offset_pages(total: int) -> Any:
    """A handler paging ``total`` guardrails by ``offset``/``limit`` with ``total_count``."""

    def handle(request: RecordedRequest) -> Any:
        offset = int(request.query.get("offset", 0))
        limit = int(request.query.get("limit", 50))
        items = [
            {"id": f"g{i}", "name": f"guardrail {i}"}
            for i in range(offset, min(total, offset + limit))
        ]
        return {"data": items, "total_count": total}

    return handle


async def test_guardrails_iterate_lazily_page_by_page(run: Run, mock: MockOpenRouter) -> None:
    mock.on("/guardrails", offset_pages(5))
    pager = run.client.guardrails.list(limit=2)
    assert isinstance(pager, AsyncPager if run.is_async else Pager)
    assert mock.requests == []

    items = run.iter(pager)
    first = await run.next(items)
    assert first.id == "g0" and first.name == "guardrail 0"
    assert len(mock.requests) == 1
    await run.next(items)  # g1: still page one
    assert len(mock.requests) == 1
    await run.next(items)  # g2: page two fetched only now
    assert len(mock.requests) == 2
    rest = [item.id async for item in items] if run.is_async else [item.id for item in items]
    assert rest == ["g3", "g4"]
    offsets = [r.query["offset"] for r in mock.requests]
    assert offsets == ["0", "2", "4"]  # total_count ends it: no empty fourth request
    assert all(r.query["limit"] == "2" for r in mock.requests)


async def test_pages_and_first_page(run: Run, mock: MockOpenRouter) -> None:
    mock.on("/guardrails", offset_pages(3))
    pager = run.client.guardrails.list(limit=2)
    pages = await run.list(pager.pages())
    assert [[as_json(i)["id"] for i in page.items] for page in pages] == [["g0", "g1"], ["g2"]]
    assert pages[0].raw["total_count"] == 3
    first = await run(lambda c: pager.first_page())
    assert len(first.items) == 2
    if run.is_async:
        awaited = await run.client.guardrails.list(limit=1)  # await gives the first page
        assert [i.id for i in awaited.items] == ["g0"]


async def test_default_page_size_comes_from_the_spec(run: Run, mock: MockOpenRouter) -> None:
    mock.on("/guardrails", offset_pages(120))
    items = await run.list(run.client.guardrails.list())
    assert len(items) == 120
    assert [r.query["limit"] for r in mock.requests] == ["50", "50", "50"]


async def test_assignment_lists_of_one_guardrail_or_all(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json(
        "/guardrails/g1/assignments/keys", {"data": [{"key_hash": "k"}], "total_count": 1}
    )
    mock.reply_json("/guardrails/assignments/members", {"data": [], "total_count": 0})
    keys = await run.list(run.client.guardrails.key_assignments("g1"))
    assert [as_json(k) for k in keys] == [{"key_hash": "k"}]
    assert await run.list(run.client.guardrails.member_assignments()) == []


async def test_files_page_by_cursor(run: Run, mock: MockOpenRouter) -> None:
    def handle(request: RecordedRequest) -> Any:
        cursor = request.query.get("cursor")
        if cursor is None:
            return {"data": [{"id": "f1"}], "cursor": "c2", "has_more": True}
        return {"data": [{"id": "f2"}], "cursor": None, "has_more": False}

    mock.on("/files", handle)
    ids = [as_json(f)["id"] for f in await run.list(run.client.files.list(limit=1))]
    assert ids == ["f1", "f2"]
    assert [r.query.get("cursor") for r in mock.requests] == [None, "c2"]


async def test_paginate_any_paged_operation_of_the_api(run: Run, mock: MockOpenRouter) -> None:
    def handle(request: RecordedRequest) -> Any:
        offset = int(request.query["offset"])
        return {"data": [{"id": f"w{offset}"}], "total_count": 2}

    mock.on("/workspaces", handle)
    pager = paginate(run.client.api.workspaces.list_workspaces, limit=1)
    assert isinstance(pager, AsyncPager if run.is_async else Pager)
    assert [w.id for w in await run.list(pager)] == ["w0", "w1"]

    mock.on("/workspaces/ws/members", lambda r: {"data": [], "total_count": 0})
    members = paginate(run.client.api.workspaces.list_workspace_members, "ws", limit=10)
    assert await run.list(members) == []
    assert mock.last_request.route == "/workspaces/ws/members"


async def test_paginate_rejects_unpaged_operations(run: Run) -> None:
    with pytest.raises(TypeError, match="not a paged operation"):
        paginate(run.client.api.credits.get_credits)
    with pytest.raises(TypeError, match=r"client\.api"):
        paginate(len)


async def test_page_errors_surface_while_iterating(run: Run, mock: MockOpenRouter) -> None:
    from openrouter_client import AuthenticationError

    mock.reply_error(401, path="/guardrails")
    pager = run.client.guardrails.list()
    with pytest.raises(AuthenticationError):
        await run.list(pager)
