"""Non-streamed answers: OpenRouter's published chat responses decode through ``create()``,
nothing unknown is lost, and an answer's message can go back into the conversation as it was."""

from __future__ import annotations

import json
from typing import Any

import pytest

from openrouter_client.testing import MockOpenRouter
from tests.chat.conftest import MODEL, create
from tests.conftest import SAMPLES
from tests.generated.test_docs_samples import load_sample
from tests.resources.conftest import Run, sample
from tests.spec_contract import assert_valid_request

# Each test runs with orjson and with the standard library json (tests/conftest.py).
pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("json_backend")]

CHAT_RESPONSES = [
    "chat-completion-response.spec-example.json",
    "chat-completion-response.docs-overview.jsonc",
    "chat-completion-response-pdf-annotations.pdfs-doc.json",
    "chat-response-with-openrouter-metadata.router-metadata-doc.jsonc",
    "reasoning-details-nonstream-message.reasoning-doc.json",
]


@pytest.mark.parametrize("name", CHAT_RESPONSES)
async def test_docs_sample_responses_decode_losslessly(
    run: Run, mock: MockOpenRouter, name: str
) -> None:
    body = load_sample(SAMPLES / name)
    mock.reply_json("/chat/completions", body)
    result = await create(run)
    assert result.to_dict() == body
    for got, sent in zip(result.choices, body["choices"], strict=True):
        assert got.message.content == sent["message"]["content"]


async def test_usage_and_cost(run: Run, mock: MockOpenRouter) -> None:
    body = sample("chat-completion-response.spec-example.json")
    body["usage"] = sample("chat-usage.spec-example.json")
    mock.reply_json("/chat/completions", body)
    result = await create(run)
    usage = result.usage
    assert usage.cost == 0.0012
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (10, 15, 25)
    assert usage.completion_tokens_details.reasoning_tokens == 5
    assert usage.cost_details.upstream_inference_prompt_cost == 0.0008
    assert usage.prompt_tokens_details.cached_tokens == 2
    assert result.to_dict()["usage"] == body["usage"]


async def test_mock_answer_text_and_cost(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_text("Paris.", usage={"cost": 0.25})
    result = await create(run, model="anthropic/claude-haiku-4.5")
    assert result.choices[0].message.content == "Paris."
    assert result.choices[0].finish_reason == "stop"
    assert result.usage.cost == 0.25
    assert result.model == "anthropic/claude-haiku-4.5"


async def test_unknown_fields_survive_to_dict(run: Run, mock: MockOpenRouter) -> None:
    body = sample("chat-completion-response.spec-example.json")
    body["brand_new_top_level"] = {"nested": [1, {"x": None}]}
    body["choices"][0]["brand_new_choice_field"] = "c"
    body["choices"][0]["message"]["brand_new_message_field"] = [True, 2.5]
    body["usage"]["brand_new_usage_field"] = 7
    mock.reply_json("/chat/completions", body)
    result = await create(run)
    assert result.to_dict() == body
    assert result.choices[0].message.to_dict()["brand_new_message_field"] == [True, 2.5]


async def test_tool_call_answer(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_tool_calls(
        [{"id": "call_9", "name": "get_weather", "arguments": {"city": "Lima"}}], content=None
    )
    result = await create(run)
    choice = result.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = choice.message.tool_calls[0]
    assert call.id == "call_9"
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Lima"}


async def test_previous_answer_goes_back_with_reasoning_details_unchanged(
    run: Run, mock: MockOpenRouter
) -> None:
    body = sample("reasoning-details-nonstream-message.reasoning-doc.json")
    encrypted = sample("reasoning-detail-encrypted.reasoning-doc.json")
    body["choices"][0]["message"]["reasoning_details"].append(encrypted)
    original = json.loads(json.dumps(body["choices"][0]["message"]))
    mock.reply_json("/chat/completions", body)
    first = await create(run, messages=[{"role": "user", "content": "Plan it"}])
    answer = first.choices[0].message

    conversation: list[Any] = [
        {"role": "user", "content": "Plan it"},
        answer,
        {"role": "user", "content": "Go on"},
    ]
    await create(run, messages=conversation)
    sent = mock.last_request.json["messages"][1]
    assert sent == original  # every detail, signature: null and the encrypted data included
    assert sent["reasoning_details"] == original["reasoning_details"]
    assert_valid_request("POST", "/chat/completions", mock.last_request.json)
    assert mock.last_request.json["model"] == MODEL
