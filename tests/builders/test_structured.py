"""Structured outputs: ``response_format`` from a class or a schema, ``parse_output`` of the
answer, and ``completions.parse`` end to end (sync and async) with the response-healing plugin
one keyword away."""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any, TypedDict

import attrs
import pytest

from openrouter_client import (
    ParsedChatResult,
    StructuredOutputError,
    parse_output,
    response_format,
    user,
)
from openrouter_client.testing import MockOpenRouter, replies
from tests.builders.conftest import Run
from tests.spec_contract import assert_valid_request


class Mood(enum.Enum):
    HAPPY = "happy"
    SAD = "sad"


@dataclasses.dataclass
class Review:
    """A product review, summarised."""

    title: str
    stars: int
    mood: Mood
    tags: list[str] = dataclasses.field(default_factory=list)


@attrs.define
class Person:
    name: str
    age: int | None = None


class Point(TypedDict):
    x: float
    y: float


def test_response_format_from_dataclass_is_strict_json_schema() -> None:
    fmt = response_format(Review)
    assert fmt["type"] == "json_schema"
    config = fmt["json_schema"]
    assert config["name"] == "Review"
    assert config["strict"] is True
    schema = config["schema"]
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["title", "stars", "mood", "tags"]
    assert schema["properties"]["tags"] == {"type": ["array", "null"], "items": {"type": "string"}}
    assert schema["description"] == "A product review, summarised."
    assert_valid_request(
        "POST", "/chat/completions", {"messages": [user("Hi")], "response_format": fmt}
    )


def test_response_format_options_and_raw_schema() -> None:
    fmt = response_format(Point, name="a point!", description="Where", strict=False)
    assert fmt["json_schema"]["name"] == "a_point_"
    assert fmt["json_schema"]["description"] == "Where"
    assert fmt["json_schema"]["strict"] is False
    assert "additionalProperties" not in fmt["json_schema"]["schema"]
    raw = {"title": "Weather", "type": "object", "properties": {"t": {"type": "number"}}}
    fmt = response_format(raw)
    assert fmt == {
        "type": "json_schema",
        "json_schema": {"name": "Weather", "schema": raw, "strict": True},
    }
    assert response_format({"type": "object"})["json_schema"]["name"] == "response"


def test_response_format_refusals() -> None:
    with pytest.raises(TypeError, match="must be a JSON object"):
        response_format(list[Review])
    with pytest.raises(TypeError, match="whole response_format"):
        response_format(response_format(Review))
    with pytest.raises(TypeError, match=r"Bad\.payload: bytes"):

        @dataclasses.dataclass
        class Bad:
            payload: bytes

        response_format(Bad)


def test_parse_output_builds_instances() -> None:
    text = '{"title": "Great", "stars": 5, "mood": "happy", "tags": null}'
    assert parse_output(text, Review) == Review("Great", 5, Mood.HAPPY, [])
    assert parse_output('{"name": "Ada"}', Person) == Person("Ada")
    assert parse_output('{"x": 1, "y": 2.5}', Point) == {"x": 1.0, "y": 2.5}
    fenced = '```json\n{"name": "Bob", "age": 40}\n```'
    assert parse_output(fenced, Person) == Person("Bob", 40)
    assert parse_output('{"anything": [1]}', {"type": "object"}) == {"anything": [1]}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"title": "x", "stars": 5', "not valid JSON"),
        ("", "no text to parse"),
        (None, "no text to parse"),
        ('{"title": "x", "stars": "5", "mood": "angry"}', "does not match Review"),
    ],
)
def test_parse_output_errors_keep_raw_text(text: str | None, fragment: str) -> None:
    with pytest.raises(StructuredOutputError) as caught:
        parse_output(text, Review)
    assert fragment in str(caught.value)
    assert caught.value.raw_text == text
    assert isinstance(caught.value, ValueError)


def test_parse_output_mismatch_lists_each_problem() -> None:
    with pytest.raises(StructuredOutputError) as caught:
        parse_output('{"title": "x", "stars": "5", "mood": "angry"}', Review)
    assert [path for path, _ in caught.value.errors] == ["stars", "mood"]


pytestmark = pytest.mark.anyio


async def test_parse_end_to_end(run: Run, mock: MockOpenRouter) -> None:
    answer = {"title": "Solid", "stars": 4, "mood": "happy", "tags": ["value"]}
    mock.reply_text(json.dumps(answer))
    result = await run(
        lambda c: c.chat.completions.parse(
            model="openai/gpt-4o-mini",
            messages=[user("Summarise: works well, good value.")],
            response_format=Review,
            healing=True,
            temperature=0,
        )
    )
    assert isinstance(result, ParsedChatResult)
    assert result.parsed == Review("Solid", 4, Mood.HAPPY, ["value"])
    assert result.content == json.dumps(answer)
    assert result.choices[0].message.content == json.dumps(answer)
    assert result.usage is not None and result.usage.total_tokens > 0
    body = mock.last_request.json
    assert_valid_request("POST", "/chat/completions", body)
    assert body["response_format"] == response_format(Review)
    assert body["plugins"] == [{"id": "response-healing"}]
    assert body["temperature"] == 0
    assert "stream" not in body


async def test_parse_keeps_user_plugins_and_does_not_duplicate_healing(
    run: Run, mock: MockOpenRouter
) -> None:
    mock.reply_text('{"name": "Ada", "age": null}')
    plugins = [{"id": "web"}, {"id": "response-healing", "enabled": True}]
    result = await run(
        lambda c: c.chat.completions.parse(
            model="m/x",
            messages=[user("Who?")],
            response_format=Person,
            healing=True,
            plugins=plugins,
        )
    )
    assert result.parsed == Person("Ada", None)
    body = mock.last_request.json
    assert body["plugins"] == plugins
    assert_valid_request("POST", "/chat/completions", body)
    mock.reply_text('{"name": "Ada", "age": null}')
    await run(
        lambda c: c.chat.completions.parse(
            model="m/x", messages=[user("Who?")], response_format=Person
        )
    )
    assert "plugins" not in mock.last_request.json


async def test_parse_with_whole_response_format_dict(run: Run, mock: MockOpenRouter) -> None:
    fmt = response_format({"type": "object", "properties": {"a": {"type": "integer"}}}, name="A")
    mock.reply_text('{"a": 1}')
    result = await run(
        lambda c: c.chat.completions.parse(model="m/x", messages=[user("a?")], response_format=fmt)
    )
    assert result.parsed == {"a": 1}
    assert mock.last_request.json["response_format"] == fmt


async def test_parse_mismatch_raises_with_text(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_text('{"title": "x"}')
    with pytest.raises(StructuredOutputError) as caught:
        await run(
            lambda c: c.chat.completions.parse(
                model="m/x", messages=[user("?")], response_format=Review
            )
        )
    assert caught.value.raw_text == '{"title": "x"}'
    assert "stars: missing required field" in str(caught.value)


async def test_parse_truncated_answer_says_so(run: Run, mock: MockOpenRouter) -> None:
    mock.reply(replies.text('{"title": "cut', finish_reason="length"))
    with pytest.raises(StructuredOutputError, match="cut off: finish_reason 'length'") as caught:
        await run(
            lambda c: c.chat.completions.parse(
                model="m/x", messages=[user("?")], response_format=Review
            )
        )
    assert caught.value.raw_text == '{"title": "cut'


async def test_parse_refusal(run: Run, mock: MockOpenRouter) -> None:
    def refuse(request: Any) -> dict[str, Any]:
        return {
            "id": "gen-1",
            "object": "chat.completion",
            "created": 1,
            "model": "m/x",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": None, "refusal": "I can't."},
                }
            ],
        }

    mock.on("/chat/completions", refuse)
    with pytest.raises(StructuredOutputError, match=r"the model refused: I can't\.") as caught:
        await run(
            lambda c: c.chat.completions.parse(
                model="m/x", messages=[user("?")], response_format=Review
            )
        )
    assert caught.value.raw_text is None


async def test_parse_does_not_stream(run: Run) -> None:
    with pytest.raises(TypeError, match="does not stream"):
        await run(
            lambda c: c.chat.completions.parse(
                model="m/x", messages=[user("?")], response_format=Review, stream=True
            )
        )
