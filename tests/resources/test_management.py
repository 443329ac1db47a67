"""Guardrails, files, videos and transcriptions: the remaining resource methods, sync and async,
with per-call options and ``with_raw_response``."""

from __future__ import annotations

import pytest

from openrouter_client import APIResponse, NotFoundError
from openrouter_client.testing import MockOpenRouter
from tests.resources.conftest import Run, as_json, sample

pytestmark = pytest.mark.anyio


async def test_guardrail_crud_and_assignments(run: Run, mock: MockOpenRouter) -> None:
    guardrail = {"id": "g1", "name": "budget", "limit_usd": 10}
    mock.reply_json("/guardrails", {"data": guardrail}, status=201, method="POST")
    mock.reply_json("/guardrails/g1", {"data": guardrail}, method="GET")
    mock.reply_json("/guardrails/g1", {"data": {**guardrail, "limit_usd": 20}}, method="PATCH")
    mock.reply_json("/guardrails/g1", {"deleted": True}, method="DELETE")
    mock.reply_json("/guardrails/g1/assignments/keys", {"assigned_count": 2})
    mock.reply_json("/guardrails/g1/assignments/keys/remove", {"unassigned_count": 1})
    mock.reply_json("/guardrails/g1/assignments/members", {"assigned_count": 1})
    mock.reply_json("/guardrails/g1/assignments/members/remove", {"unassigned_count": 1})

    created = await run(lambda c: c.guardrails.create(name="budget", limit_usd=10))
    assert created.data.id == "g1"
    assert mock.last_request.json == {"name": "budget", "limit_usd": 10}
    assert (await run(lambda c: c.guardrails.get("g1"))).data.name == "budget"
    updated = await run(lambda c: c.guardrails.update("g1", limit_usd=20))
    assert as_json(updated)["data"]["limit_usd"] == 20
    assert mock.last_request.json == {"limit_usd": 20}
    assert (await run(lambda c: c.guardrails.delete("g1"))).deleted is True

    assigned = await run(lambda c: c.guardrails.assign_keys("g1", iter(["k1", "k2"])))
    assert assigned.assigned_count == 2
    assert mock.last_request.json == {"key_hashes": ["k1", "k2"]}
    await run(lambda c: c.guardrails.unassign_keys("g1", ["k1"]))
    await run(lambda c: c.guardrails.assign_members("g1", ["user_1"]))
    assert mock.last_request.json == {"member_user_ids": ["user_1"]}
    await run(lambda c: c.guardrails.unassign_members("g1", ["user_1"]))
    assert [r.method for r in mock.requests] == ["POST", "GET", "PATCH", "DELETE"] + ["POST"] * 4
    mock.assert_all_replies_used()


async def test_file_metadata_and_delete(run: Run, mock: MockOpenRouter) -> None:
    meta = {
        "id": "or_file_1",
        "type": "file",
        "filename": "a.pdf",
        "mime_type": "application/pdf",
        "size_bytes": 4,
        "created_at": "2025-01-01T00:00:00Z",
        "downloadable": True,
    }
    mock.reply_json("/files/or_file_1", meta, method="GET")
    mock.reply_json("/files/or_file_1", {"id": "or_file_1", "deleted": True}, method="DELETE")
    got = await run(lambda c: c.files.get("or_file_1", workspace_id="ws"))
    assert as_json(got)["filename"] == "a.pdf"
    assert mock.last_request.query == {"workspace_id": "ws"}
    deleted = await run(lambda c: c.files.delete("or_file_1"))
    assert as_json(deleted)["deleted"] is True


async def test_videos_create_get_models(run: Run, mock: MockOpenRouter) -> None:
    job = {"id": "job-1", "status": "pending", "polling_url": "/api/v1/videos/job-1"}
    mock.reply_json("/videos", job, method="POST")
    mock.reply_json("/videos/job-1", {**job, "status": "completed"})
    mock.reply_json("/videos/models", {"data": []})
    created = await run(lambda c: c.videos.create(model="v", prompt="a cat"))
    assert created.id == "job-1"
    assert mock.last_request.json == {"model": "v", "prompt": "a cat"}
    assert as_json(await run(lambda c: c.videos.get("job-1")))["status"] == "completed"
    assert as_json(await run(lambda c: c.videos.models())) == {"data": []}


async def test_a_failed_video_job_is_returned_for_the_caller_to_read(
    run: Run, mock: MockOpenRouter
) -> None:
    job = {"id": "job-1", "status": "failed", "polling_url": "/v", "error": "content policy"}
    mock.reply_json("/videos/job-1", job)
    polled = await run(lambda c: c.videos.get("job-1"))
    assert polled.status == "failed"
    assert polled.error == "content policy"
    mock.reply_json("/videos/job-1", {"error": {"code": 404, "message": "no such job"}})
    with pytest.raises(NotFoundError):  # an error envelope on 200 still raises
        await run(lambda c: c.videos.get("job-1"))


async def test_transcriptions_send_the_json_body(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/audio/transcriptions", {"text": "hello", "usage": {"seconds": 1}})
    audio = {"data": "UklGRg==", "format": "wav"}
    result = await run(lambda c: c.audio.transcriptions.create(model="stt", input_audio=audio))
    assert result.text == "hello"
    assert mock.last_request.json == {"model": "stt", "input_audio": audio}


async def test_per_call_options_reach_the_wire(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json("/credits", sample("credits-response.spec-example.json"))
    mock.extra_fields = frozenset({"debug"})
    await run(
        lambda c: c.credits.get(
            extra_headers={"X-Trace": "t1"}, extra_query={"debug": "1"}, timeout=3.0
        )
    )
    request = mock.last_request
    assert request.headers["x-trace"] == "t1"
    assert request.query == {"debug": "1"}


async def test_with_raw_response_gives_headers(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_json(
        "/generation",
        sample("generation-response.spec-example.json"),
        headers={"X-Request-Id": "req-9"},
    )
    raw = await run(lambda c: c.with_raw_response(c.generations.get)("gen-1"))
    assert isinstance(raw, APIResponse)
    assert raw.request_id == "req-9"
    assert raw.parse().data.total_cost == 0.0015


async def test_with_options_clients_get_their_own_resources(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_error(404, path="/key", times=None)
    quick = run.client.with_options(max_retries=0)
    assert quick.key is not run.client.key
    with pytest.raises(NotFoundError):
        await run(lambda c: quick.key.get())
