"""``tool()``: the spec's tool definition from a function (docstring, signature, hints,
defaults) or from an explicit schema; the model's JSON arguments checked and converted before
the call; ``tools=[my_tool]`` accepted by ``create`` as the definition."""

from __future__ import annotations

import dataclasses
import enum
from typing import Annotated, Any, Literal

import jsonschema
import pytest

from openrouter_client import Tool, ToolArgumentsError, tool, user
from openrouter_client.testing import MockOpenRouter
from tests.builders.conftest import Run
from tests.spec_contract import assert_valid_request


class Unit(enum.Enum):
    CELSIUS = "C"
    FAHRENHEIT = "F"


@dataclasses.dataclass
class Place:
    city: str
    country: str = "FR"


@tool
def get_weather(place: Place, unit: Unit = Unit.CELSIUS, days: int = 1) -> dict[str, Any]:
    """Current weather and forecast
    for a place.

    Uses the national weather services.

    Args:
        place: Where to look.
        unit: Temperature unit,
            Celsius unless asked.
        days (int): How many days to forecast.

    Returns:
        The weather.
    """
    return {"city": place.city, "unit": unit.value, "days": days}


def test_definition_from_docstring_signature_and_hints() -> None:
    assert isinstance(get_weather, Tool)
    definition = get_weather.to_param()
    assert definition == {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather and forecast for a place.",
            "parameters": {
                "type": "object",
                "properties": {
                    "place": {
                        "type": "object",
                        "properties": {
                            "city": {"type": "string"},
                            "country": {"type": "string", "default": "FR"},
                        },
                        "required": ["city"],
                        "description": "Where to look.",
                    },
                    "unit": {
                        "type": "string",
                        "enum": ["C", "F"],
                        "description": "Temperature unit, Celsius unless asked.",
                        "default": "C",
                    },
                    "days": {
                        "type": "integer",
                        "description": "How many days to forecast.",
                        "default": 1,
                    },
                },
                "required": ["place"],
            },
        },
    }
    jsonschema.Draft202012Validator.check_schema(definition["function"]["parameters"])
    body = {"messages": [user("Hi")], "tools": [definition]}
    assert_valid_request("POST", "/chat/completions", body)


def test_decorated_function_still_callable_directly() -> None:
    assert get_weather(Place("Lyon"), days=3) == {"city": "Lyon", "unit": "C", "days": 3}


def test_invoke_converts_json_arguments_to_hinted_types() -> None:
    assert get_weather.invoke('{"place": {"city": "Nice"}, "unit": "F", "days": 2.0}') == {
        "city": "Nice",
        "unit": "F",
        "days": 2,
    }
    assert get_weather.parse_arguments({"place": {"city": "Nice", "country": "IT"}}) == {
        "place": Place("Nice", "IT")
    }


@pytest.mark.parametrize(
    ("arguments", "fragments"),
    [
        ("{not json", ["not valid JSON", "{not json"]),
        ("[1, 2]", ["must be a JSON object, got list"]),
        ("{}", ["place: missing required field"]),
        ('{"place": {"city": 5}, "unit": "K"}', ["place.city: expected a string", "unit:"]),
        ('{"place": {"city": "x"}, "colour": "red"}', ["colour: unexpected field"]),
    ],
)
def test_bad_arguments_raise_clearly(arguments: str, fragments: list[str]) -> None:
    with pytest.raises(ToolArgumentsError) as caught:
        get_weather.invoke(arguments)
    message = str(caught.value)
    assert message.startswith("get_weather: ")
    for fragment in fragments:
        assert fragment in message
    assert caught.value.arguments == arguments
    assert caught.value.tool_name == "get_weather"
    assert isinstance(caught.value, ValueError)


def test_empty_arguments_mean_no_arguments() -> None:
    @tool
    def ping() -> str:
        return "pong"

    assert ping.invoke("") == "pong"
    assert ping.invoke(None) == "pong"
    assert ping.to_param()["function"]["parameters"] == {"type": "object", "properties": {}}


def test_decorator_with_options_strict_schema() -> None:
    @tool(name="lookup-order", description="Find an order.", strict=True)
    def lookup(order_id: Annotated[str, "The order number"], verbose: bool = False) -> str:
        """Ignored: description given explicitly."""
        return f"{order_id}:{verbose}"

    function = lookup.to_param()["function"]
    assert function["name"] == "lookup-order"
    assert function["description"] == "Find an order."
    assert function["strict"] is True
    assert function["parameters"] == {
        "type": "object",
        "properties": {
            "order_id": {"type": "string", "description": "The order number"},
            "verbose": {"type": ["boolean", "null"]},
        },
        "required": ["order_id", "verbose"],
        "additionalProperties": False,
    }
    # strict mode sends null for a parameter left at its default
    assert lookup.invoke('{"order_id": "A1", "verbose": null}') == "A1:False"


def test_numpy_and_sphinx_docstrings() -> None:
    def numpy_style(x: int, y: int = 0) -> int:
        """Add numbers.

        Parameters
        ----------
        x : int
            The first one.
        y : int, optional
            The second
            one.

        Returns
        -------
        int
        """
        return x + y

    def sphinx_style(x: int) -> int:
        """Double a number.

        :param x: The number to double.
        :returns: Twice x.
        """
        return 2 * x

    numpy_tool = tool(numpy_style)
    props = numpy_tool.parameters["properties"]
    assert numpy_tool.description == "Add numbers."
    assert props["x"]["description"] == "The first one."
    assert props["y"]["description"] == "The second one."
    sphinx_tool = tool(sphinx_style)
    assert sphinx_tool.description == "Double a number."
    assert sphinx_tool.parameters["properties"]["x"]["description"] == "The number to double."


def test_positional_only_parameters_are_passed_by_position() -> None:
    def divide(a: float, b: float, /) -> float:
        return a / b

    assert tool(divide).invoke({"a": 1, "b": 4}) == 0.25


def test_explicit_schema_tool() -> None:
    schema = {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}
    calls: list[dict[str, Any]] = []

    def search(**kwargs: Any) -> str:
        calls.append(kwargs)
        return "found"

    search_tool = tool(name="search", description="Search.", parameters=schema, function=search)
    assert search_tool.to_param() == {
        "type": "function",
        "function": {"name": "search", "description": "Search.", "parameters": schema},
    }
    assert search_tool.invoke('{"q": "cats", "extra": 1}') == "found"
    assert calls == [{"q": "cats", "extra": 1}]  # the schema is the caller's: passed as sent
    definition_only = tool(name="remote", parameters={"type": "object"})
    assert definition_only.function is None
    with pytest.raises(TypeError, match="no function to call"):
        definition_only.invoke("{}")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: tool(lambda x: x), "tool name must be 1-64 letters"),
        (lambda: tool(name="has space", parameters={}), "tool name must be"),
        (lambda: tool(parameters={"type": "object"}), "needs name"),
        (lambda: tool(name="x", parameters=[1]), "parameters must be a JSON Schema object"),
    ],
)
def test_bad_definitions(make: Any, message: str) -> None:
    with pytest.raises((TypeError, ValueError), match=message):
        make()


def test_var_args_and_unsupported_hints_are_refused_at_definition() -> None:
    def star(*names: str) -> None: ...

    def blob(data: bytes) -> None: ...

    def loose(data: dict[str, int]) -> None: ...

    with pytest.raises(TypeError, match=r"\*names cannot be described"):
        tool(star)
    with pytest.raises(TypeError, match=r"^blob\.data: bytes cannot be described"):
        tool(blob)
    assert tool(loose).parameters["properties"]["data"]["additionalProperties"] == {
        "type": "integer"
    }
    with pytest.raises(TypeError, match=r"^loose\.data: .*strict=True"):
        tool(loose, strict=True)


def test_literal_parameter() -> None:
    @tool
    def pick(kind: Literal["a", "b"]) -> str:
        return kind

    assert pick.parameters["properties"]["kind"] == {"type": "string", "enum": ["a", "b"]}
    with pytest.raises(ToolArgumentsError, match='expected one of "a", "b"'):
        pick.invoke('{"kind": "c"}')


@pytest.mark.anyio
async def test_create_accepts_tool_objects(run: Run, mock: MockOpenRouter) -> None:
    mock.reply_tool_calls([{"name": "get_weather", "arguments": {"place": {"city": "Paris"}}}])
    plain = {"type": "function", "function": {"name": "plain", "parameters": {"type": "object"}}}
    result = await run(
        lambda c: c.chat.completions.create(
            model="openai/gpt-4o-mini",
            messages=[user("Weather?")],
            tools=[get_weather, plain],
            tool_choice="auto",
        )
    )
    body = mock.last_request.json
    assert body["tools"] == [get_weather.to_param(), plain]
    assert_valid_request("POST", "/chat/completions", body)
    call = result.choices[0].message.tool_calls[0]
    assert get_weather.invoke(call.function.arguments)["city"] == "Paris"
