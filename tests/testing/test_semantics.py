"""What the unscripted mock answers is what the request asked for, and what earlier requests
did stays done: checked through our client, as an app under test would see it."""

from __future__ import annotations

import base64
import json
import os
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import httpx
import pytest

from openrouter_client import NotFoundError, OpenRouter, tool, user
from openrouter_client.testing import MockOpenRouter, _validate

HI = [user("Hi")]
MODEL = "openai/gpt-4o-mini"


@pytest.fixture
def mock() -> Iterator[MockOpenRouter]:
    with MockOpenRouter() as server:
        yield server


@pytest.fixture
def client(mock: MockOpenRouter) -> Iterator[OpenRouter]:
    with mock.client(max_retries=0) as c:
        yield c


@dataclass
class City:
    name: str
    population: int
    size: Literal["small", "big"]


def test_structured_output_fits_the_schema(client: OpenRouter) -> None:
    result = client.chat.completions.parse(model=MODEL, messages=HI, response_format=City)
    assert isinstance(result.parsed, City)
    assert result.parsed.size in ("small", "big")
    plain = client.chat.completions.create(
        model=MODEL, messages=HI, response_format={"type": "json_object"}
    )
    assert isinstance(json.loads(plain.choices[0].message.content or ""), dict)


@tool
def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> str:
    """Weather in a city."""
    return f"21 {unit} in {city}"


@tool
def local_time(city: str) -> str:
    """Local time in a city."""
    return "14:05"


def _call(client: OpenRouter, **params: Any) -> Any:
    return client.chat.completions.create(
        model=MODEL, messages=HI, tools=[get_weather, local_time], **params
    ).choices[0]


def test_tool_choice_required_named_auto_and_none(client: OpenRouter) -> None:
    required = _call(client, tool_choice="required")
    assert required.finish_reason == "tool_calls"
    (call,) = required.message.tool_calls
    assert call.function.name == "get_weather"
    arguments = json.loads(call.function.arguments)
    assert set(arguments) == {"city"} and isinstance(arguments["city"], str)
    named = _call(client, tool_choice={"type": "function", "function": {"name": "local_time"}})
    assert [c.function.name for c in named.message.tool_calls] == ["local_time"]
    assert not _call(client, tool_choice="none").message.tool_calls
    run = client.chat.completions.run_tools(model=MODEL, messages=HI, tools=[get_weather])
    assert [c.name for s in run.steps for c in s.calls] == ["get_weather"]
    assert run.content == "Hello from MockOpenRouter!"


def test_fallbacks_answer_as_the_first_model(client: OpenRouter) -> None:
    answer = client.chat.completions.create(
        models=["anthropic/claude-sonnet-4.5", MODEL], messages=HI
    )
    assert answer.model == "anthropic/claude-sonnet-4.5"


def test_a_small_max_tokens_cuts_the_answer(client: OpenRouter) -> None:
    short = client.chat.completions.create(model=MODEL, messages=HI, max_tokens=2)
    assert short.choices[0].finish_reason == "length"
    assert short.choices[0].message.content == "Hello fr"
    with client.chat.completions.create(
        model=MODEL, messages=HI, max_tokens=2, stream=True
    ) as stream:
        final = stream.get_final_completion()
    assert (final.choices[0].message.content, final.choices[0].finish_reason) == (
        "Hello fr",
        "length",
    )


def test_reasoning_asked_for_comes_with_details_streamed_or_not(client: OpenRouter) -> None:
    asked = {"effort": "low"}
    whole = client.chat.completions.create(
        model="anthropic/claude-sonnet-4.5", messages=HI, reasoning=asked
    )
    message = whole.choices[0].message
    assert message.reasoning and message.reasoning_details
    detail = message.reasoning_details[0].to_dict()
    assert detail["type"] == "reasoning.text" and detail["text"] == message.reasoning
    assert detail["signature"]
    assert whole.usage.completion_tokens_details.reasoning_tokens > 0
    with client.chat.completions.create(
        model="anthropic/claude-sonnet-4.5", messages=HI, reasoning=asked, stream=True
    ) as stream:
        streamed = stream.get_final_completion().choices[0].message
    assert streamed.reasoning == message.reasoning
    assert [d.to_dict() for d in streamed.reasoning_details] == [detail]
    hidden = client.chat.completions.create(
        model=MODEL, messages=HI, reasoning={"effort": "low", "exclude": True}
    )
    assert hidden.choices[0].message.reasoning is None
    assert hidden.usage.completion_tokens_details.reasoning_tokens > 0
    plain = client.chat.completions.create(model=MODEL, messages=HI)
    assert plain.choices[0].message.reasoning is None


def test_usage_is_streamed_with_or_without_include_usage(mock: MockOpenRouter) -> None:
    for options in ({"include_usage": True}, None):
        body: dict[str, Any] = {"model": MODEL, "messages": [{"role": "user", "content": "Hi"}]}
        body["stream"] = True
        if options:
            body["stream_options"] = options
        with httpx.stream(
            "POST",
            mock.url("/chat/completions"),
            json=body,
            headers={"Authorization": f"Bearer {mock.api_key}"},
        ) as response:
            lines = [line for line in response.iter_lines() if line.startswith("data: {")]
        last = json.loads(lines[-1][len("data: ") :])
        assert last["choices"] == [] and last["usage"]["total_tokens"] > 0


def test_embeddings_as_base64(client: OpenRouter) -> None:
    floats = client.embeddings.create(model="openai/text-embedding-3-small", input="a")
    packed = client.embeddings.create(
        model="openai/text-embedding-3-small", input="a", encoding_format="base64"
    )
    vector = struct.unpack("<16f", base64.b64decode(str(packed.data[0].embedding)))
    assert vector == pytest.approx(floats.data[0].embedding, rel=1e-6)


def test_keys_created_listed_updated_deleted(client: OpenRouter, mock: MockOpenRouter) -> None:
    seeded = [key.to_dict()["hash"] for key in client.keys.list()]
    created = client.keys.create(name="ci", limit=5)
    new_hash = created.data.to_dict()["hash"]
    assert created.key.startswith("sk-or-v1-") and new_hash not in seeded
    assert [k.to_dict()["hash"] for k in client.keys.list()] == [*seeded, new_hash]
    assert client.keys.update(new_hash, name="renamed").data.name == "renamed"
    assert client.keys.get(new_hash).data.limit == 5
    client.keys.delete(new_hash)
    with pytest.raises(NotFoundError):
        client.keys.get(new_hash)
    assert [k["hash"] for k in mock.state.items("/keys")] == seeded


def test_guardrails_created_listed_and_deleted(client: OpenRouter) -> None:
    made = client.guardrails.create(name="budget", limit_usd=10).data
    assert made.name == "budget" and made.limit_usd == 10
    assert made.id in [g.id for g in client.guardrails.list()]
    client.guardrails.delete(made.id)
    assert made.id not in [g.id for g in client.guardrails.list()]


def test_the_generation_of_an_earlier_chat_is_found_by_its_id(client: OpenRouter) -> None:
    answer = client.chat.completions.create(model="anthropic/claude-sonnet-4.5", messages=HI)
    found = client.generations.get(answer.id).data
    assert (found.id, found.model, found.provider_name) == (
        answer.id,
        "anthropic/claude-sonnet-4.5",
        "Anthropic",
    )
    assert found.tokens_completion == answer.usage.completion_tokens
    assert found.total_cost == answer.usage.cost and found.streamed is False
    with client.chat.completions.create(model=MODEL, messages=HI, stream=True) as stream:
        streamed_id = stream.headers["x-generation-id"]
        stream.get_final_completion()
    assert client.generations.get(streamed_id).data.streamed is True
    with pytest.raises(NotFoundError):
        client.generations.get("gen-never-made")


def test_a_video_job_progresses_as_it_is_polled(mock: MockOpenRouter) -> None:
    headers = {"Authorization": f"Bearer {mock.api_key}"}
    with httpx.Client(base_url=mock.base_url, headers=headers) as http:
        job = http.post("/videos", json={"model": "google/veo-3.1", "prompt": "a cat"}).json()
        assert job["status"] == "pending"
        assert http.get(f"/videos/{job['id']}/content").status_code == 409
        states = [http.get(f"/videos/{job['id']}").json() for _ in range(3)]
        assert [s["status"] for s in states] == ["in_progress", "completed", "completed"]
        assert states[-1]["unsigned_urls"]
        video = http.get(f"/videos/{job['id']}/content")
        assert video.headers["content-type"] == "video/mp4" and video.content[4:8] == b"ftyp"


def test_an_uploaded_file_is_listed_and_downloaded(mock: MockOpenRouter) -> None:
    headers = {"Authorization": f"Bearer {mock.api_key}"}
    with httpx.Client(base_url=mock.base_url, headers=headers) as http:
        made = http.post("/files", files={"file": ("notes.txt", b"hello", "text/plain")}).json()
        assert (made["filename"], made["size_bytes"]) == ("notes.txt", 5)
        assert made["id"] in [f["id"] for f in http.get("/files").json()["data"]]
        assert http.get(f"/files/{made['id']}/content").content == b"hello"
        assert http.delete(f"/files/{made['id']}").status_code == 200
        assert http.get(f"/files/{made['id']}").status_code == 404


def test_an_invalid_request_names_the_field(mock: MockOpenRouter) -> None:
    # Our client refuses this before sending; any other client gets OpenRouter's 400.
    headers = {"Authorization": f"Bearer {mock.api_key}"}
    body = {"model": MODEL, "messages": [{"role": "usr", "content": "Hi"}]}
    with httpx.Client(base_url=mock.base_url, headers=headers) as http:
        answer = http.post("/chat/completions", json=body)
    assert answer.status_code == 400
    message = answer.json()["error"]["message"]
    assert "messages[0].role" in message and "'usr'" in message


def test_without_jsonschema_the_top_level_is_still_checked(
    mock: MockOpenRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_validate, "full_validation_available", lambda: False)
    headers = {"Authorization": f"Bearer {mock.api_key}"}
    with httpx.Client(base_url=mock.base_url, headers=headers) as http:
        typo = http.post("/chat/completions", json={"messages": [], "temprature": 1})
        assert typo.status_code == 400 and "temprature" in typo.json()["error"]["message"]
        null = http.post("/chat/completions", json={"model": None, "messages": []})
        assert null.status_code == 400 and "model" in null.json()["error"]["message"]
        missing = http.post("/embeddings", json={"model": "e/x"})
        assert missing.status_code == 400 and "input" in missing.json()["error"]["message"]
        nested = http.post("/chat/completions", json={"messages": [{"role": "usr"}]})
        assert nested.status_code == 200  # below the top level nothing is checked


def test_the_standalone_server_takes_an_api_key() -> None:
    port = _free_port()
    command = [sys.executable, "-m", "openrouter_client.testing", "--port", str(port)]
    command += ["--api-key", "sk-or-v1-only-this-one"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        assert server.stdout is not None
        banner = server.stdout.readline() + server.stdout.readline() + server.stdout.readline()
        assert "sk-or-v1-only-this-one" not in banner  # the key is never printed
        url = f"http://127.0.0.1:{port}/api/v1/credits"
        deadline = time.monotonic() + 10
        while True:
            try:
                wrong = httpx.get(url, headers={"Authorization": "Bearer sk-or-v1-other"})
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert wrong.status_code == 401
        right = httpx.get(url, headers={"Authorization": "Bearer sk-or-v1-only-this-one"})
        assert right.status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
